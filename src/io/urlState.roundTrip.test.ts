/**
 * Every link the app writes, it reads back: random valid states → serializeUrlState →
 * parseUrlState give the same state (to the precision the link states) and no notice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState, windowOfLink, type UrlState } from './urlState';
import { LIST_ORDERS } from '../geo/orderIncidents';
import { CATEGORIES, LOCATION_PRECISIONS, PROVENANCES } from '../data/vocabulary';
import { GRADES } from '../data/claims/grade';
import { DEFAULT_BASE_LAYERS } from '../store/filtersSlice';
import { toDayNumber } from '../lib/days';

const domain: [number, number] = [toDayNumber('2014-12-31'), toDayNumber('2017-06-30')];
const reporting: [number, number] = [toDayNumber('2016-02-01'), toDayNumber('2016-02-29')];
const defaults = { domain, reporting };
const INCIDENTS = ['sabratha-us-airstrike-qasr-talil', 'import-my-sheet-mine 1', 'a&b=c#d%e+f?g/h', 'ünïcødé-✓'];
const ACTORS = ['islamic-state', 'us-military', 'a&b=c'];
const CONTEXT = ['aleppo-supply-road', 'deir-al-zor-besieged', 'sirte coast+held#1'];
const ctx = {
  domain,
  incidentIds: new Set(INCIDENTS),
  actorIds: new Set(ACTORS),
  contextIds: new Set(CONTEXT),
};

const day = fc.integer({ min: domain[0], max: domain[1] });
const searchText = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 200 })
  .filter((q) => q.length <= 200 && q.trim() !== '');
const punctuated = fc
  .array(fc.constantFrom('&', '=', '#', '%', '+', '?', ' ', 'Daesh', 'داعش', '𝒜', '\u0000', '%20'), { minLength: 1 })
  .map((parts) => parts.join('').slice(0, 200))
  .filter((q) => q.trim() !== '');
const degrees = (limit: number) => fc.double({ min: -limit, max: limit, noNaN: true });
const span = (limit: number) =>
  fc
    .tuple(degrees(limit), degrees(limit))
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)]);
const area = fc.tuple(span(180), span(90)).map(([[w, e], [s, n]]) => [w, s, e, n] as [number, number, number, number]);
const camera = fc.record({
  zoom: fc.double({ min: 0, max: 22, noNaN: true }),
  lat: degrees(85.05),
  lon: degrees(180),
});
const layers = fc.record(
  { points: fc.boolean(), clusters: fc.boolean(), heatmap: fc.boolean(), labels: fc.boolean() },
  { requiredKeys: [] },
);

const validState: fc.Arbitrary<UrlState> = fc
  .record(
    {
      // Any window, the default (the reporting period) and the whole record among them.
      window: fc.oneof(
        fc.tuple(day, day).map(([a, b]) => [Math.min(a, b), Math.max(a, b)]),
        fc.constantFrom(reporting, domain, [domain[0], reporting[1]], [reporting[0], domain[1]]),
      ),
      incident: fc.constantFrom(...INCIDENTS),
      rule: fc.constantFrom('overlaps' as const, 'contained' as const),
      mode: fc.constantFrom('sliding' as const, 'cumulative' as const),
      timeline: fc.constantFrom('reporting' as const, 'record' as const),
      order: fc.constantFrom(...LIST_ORDERS),
      camera,
      filters: fc.record(
        {
          hide: fc.subarray([...CATEGORIES]),
          actor: fc.constantFrom(...ACTORS),
          hidePrecisions: fc.subarray([...LOCATION_PRECISIONS]),
          hideGrades: fc.subarray([...GRADES]),
          hideSourcing: fc.subarray([...PROVENANCES]),
          q: fc.oneof(searchText, punctuated),
          layers,
          context: fc.subarray(CONTEXT),
          area,
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['window'] },
  )
  .map(({ window: [from, to], ...rest }) => ({ from, to, ...rest }));

/** What applying a state does: everything left out takes its default. */
function applied(s: UrlState) {
  const f = s.filters ?? {};
  return {
    window: windowOfLink(s, defaults),
    incident: s.incident,
    rule: s.rule ?? 'overlaps',
    mode: s.mode ?? 'sliding',
    timeline: s.timeline ?? 'reporting',
    order: s.order ?? 'newest',
    hide: f.hide ?? [],
    actor: f.actor,
    hidePrecisions: f.hidePrecisions ?? [],
    hideGrades: f.hideGrades ?? [],
    hideSourcing: f.hideSourcing ?? [],
    q: f.q ?? '',
    layers: { ...DEFAULT_BASE_LAYERS, ...f.layers },
    context: f.context ?? [],
  };
}

const roundTrip = (state: UrlState) => {
  const { search, hash } = serializeUrlState(state, defaults);
  return { search, hash, ...parseUrlState(search, hash, ctx) };
};

describe('every link the app writes, it accepts', () => {
  it('gives back the same state, with no notice', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const { state: back, notices } = roundTrip(state);
        expect(notices).toEqual([]);
        expect(applied(back)).toEqual(applied(state));

        const box = state.filters?.area;
        if (box) {
          const [w, s, e, n] = back.filters!.area!;
          // Six decimals, rounded outward: the link's box holds the drawn one and is at most a micro-degree larger.
          expect(w <= box[0] && s <= box[1] && e >= box[2] && n >= box[3]).toBe(true);
          [w - box[0], s - box[1], e - box[2], n - box[3]].forEach((d) =>
            expect(Math.abs(d)).toBeLessThanOrEqual(1e-6),
          );
        } else expect(back.filters?.area).toBeUndefined();

        if (state.camera) {
          expect(Math.abs(back.camera!.zoom - state.camera.zoom)).toBeLessThanOrEqual(0.005 + 1e-9);
          expect(Math.abs(back.camera!.lat - state.camera.lat)).toBeLessThanOrEqual(0.00005 + 1e-9);
          expect(Math.abs(back.camera!.lon - state.camera.lon)).toBeLessThanOrEqual(0.00005 + 1e-9);
        } else expect(back.camera).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('writes the same link again from what it read: a shared link re-shared is unchanged', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const first = roundTrip(state);
        const second = roundTrip(first.state);
        expect({ search: second.search, hash: second.hash }).toEqual({ search: first.search, hash: first.hash });
      }),
      { numRuns: 1000 },
    );
  });
});
