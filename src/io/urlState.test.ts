import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState, windowOfLink } from './urlState';
import { toDayNumber } from '../lib/days';

const domain: [number, number] = [toDayNumber('2016-01-31'), toDayNumber('2016-02-29')];
const reporting: [number, number] = [toDayNumber('2016-02-01'), toDayNumber('2016-02-29')];
const defaults = { domain, reporting };
const ctx = { domain, incidentIds: new Set(['sabratha-us-airstrike-qasr-talil']) };

describe('URL state', () => {
  it('round-trips a full state', () => {
    const state = {
      from: toDayNumber('2016-02-15'),
      to: toDayNumber('2016-02-24'),
      incident: 'sabratha-us-airstrike-qasr-talil',
      rule: 'contained' as const,
      mode: 'cumulative' as const,
      timeline: 'record' as const,
      order: 'oldest' as const,
      camera: { zoom: 6.5, lat: 32.79, lon: 12.48 },
    };
    const { search, hash } = serializeUrlState(state, defaults);
    expect(search).toBe(
      '?from=2016-02-15&to=2016-02-24&incident=sabratha-us-airstrike-qasr-talil&rule=contained&mode=cumulative&timeline=record&order=oldest',
    );
    expect(hash).toBe('#map=6.50/32.7900/12.4800');
    const parsed = parseUrlState(search, hash, ctx);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state).toEqual(state);
  });

  it('leaves defaults out of the link: the reporting period, newest first', () => {
    expect(
      serializeUrlState(
        {
          from: reporting[0],
          to: reporting[1],
          rule: 'overlaps',
          mode: 'sliding',
          timeline: 'reporting',
          order: 'newest',
        },
        defaults,
      ),
    ).toEqual({ search: '', hash: '' });
  });

  it('writes the whole record as both its dates, since a link without them opens on the reporting period', () => {
    const { search } = serializeUrlState({ from: domain[0], to: domain[1] }, defaults);
    expect(search).toBe('?from=2016-01-31&to=2016-02-29');
    expect(windowOfLink(parseUrlState(search, '', ctx).state, defaults)).toEqual(domain);
    expect(windowOfLink(parseUrlState('', '', ctx).state, defaults)).toEqual(reporting);
    // An older link with only a start still runs to the record's end.
    expect(windowOfLink(parseUrlState('?from=2016-02-10', '', ctx).state, defaults)).toEqual([
      toDayNumber('2016-02-10'),
      domain[1],
    ]);
  });

  it.each([
    ['?from=garbage', /from=garbage: not a date/],
    ['?to=2099-13-45', /to=2099-13-45: not a date/],
    ['?to=2099-12-01', /outside the data/],
    ['?from=2016-02-20&to=2016-02-10', /start is after the end/],
    ['?incident=no-such-thing', /no incident has that id/],
    ['?incident=%3Cscript%3Ealert(1)%3C%2Fscript%3E', /no incident has that id/],
    ['?rule=sometimes', /use overlaps or contained/],
    ['?timeline=decade', /use reporting or record/],
    ['?order=random', /^Ignored order=random: use newest, oldest, casualties, nearest\.$/],
  ])('ignores %s with a notice', (search, notice) => {
    const { state, notices } = parseUrlState(search, '', ctx);
    expect(state).toEqual({});
    expect(notices).toEqual([expect.stringMatching(notice)]);
  });

  it.each(['#map=abc', '#map=5/100/10', '#map=5/10', '#map=99/1/1', '#map=//'])(
    'ignores the hash %s with a notice',
    (hash) => {
      const { state, notices } = parseUrlState('', hash, ctx);
      expect(state.camera).toBeUndefined();
      expect(notices).toHaveLength(1);
    },
  );
});

describe('links the app writes and reads', () => {
  it('says why a link’s incident is missing: it may be an import from another browser', () => {
    const { notices } = parseUrlState('?incident=import-my-sheet-mine-1', '', ctx);
    expect(notices).toEqual([
      'Ignored incident=import-my-sheet-mine-1: no incident has that id in the loaded data; it may be an import from another browser.',
    ]);
  });

  it.each(['#map=0x10/1/1', '#map=1e1/1/1', '#map=5/%2030/10', '#map=5/30/Infinity'])(
    'refuses the camera %s: numbers are decimal',
    (hash) => {
      const { state, notices } = parseUrlState('', hash, ctx);
      expect(state.camera).toBeUndefined();
      expect(notices).toEqual([expect.stringMatching(/^Ignored #map=/)]);
    },
  );

  it('writes a camera that drifted past the antimeridian as one it accepts', () => {
    const { hash } = serializeUrlState({ camera: { zoom: 4, lat: 30, lon: 190.5 } }, defaults);
    expect(hash).toBe('#map=4.00/30.0000/-169.5000');
    expect(parseUrlState('', hash, ctx)).toEqual({ state: { camera: { zoom: 4, lat: 30, lon: -169.5 } }, notices: [] });
  });

  it('writes a box narrower than the link’s precision, or past the antimeridian, as one it accepts', () => {
    for (const area of [
      [12.30000001, 32.5, 12.30000002, 32.50000001],
      [175, -10, 190, 10],
      [-200, 89.9999999, -190, 90],
    ] as Array<[number, number, number, number]>) {
      const { search } = serializeUrlState({ filters: { area } }, defaults);
      const { state, notices } = parseUrlState(search, '', ctx);
      expect(notices).toEqual([]);
      expect(state.filters?.area).toBeDefined();
    }
  });
});
