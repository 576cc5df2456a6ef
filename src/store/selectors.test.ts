import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from './appStore';
import { parseIncidents } from '../data/parseIncidents';
import { actorCatalogSchema } from '../data/sourceCatalog';
import { boxFromCorners, insidePolygon } from '../geo/analysis';
import { toDayNumber as day } from '../lib/days';
import {
  selectCategoryCounts,
  selectHasFilters,
  selectFilteredIncidents,
  selectIncidentsInWindow,
  selectListedIncidents,
  selectOnScreenIncidents,
  selectWindowCount,
} from './selectors';

function bundledStore() {
  const store = createAppStore();
  const { incidents, rejected } = parseIncidents(JSON.parse(readFileSync('data/incidents.geojson', 'utf8')));
  const actors = actorCatalogSchema.parse(JSON.parse(readFileSync('data/actors.json', 'utf8'))).actors;
  store.getState().setDataset({
    incidents,
    rejected,
    sources: new Map(),
    sourceTexts: new Map(),
    actors: new Map(actors.map((a) => [a.id, a])),
    datasetVersion: 't',
  });
  return store;
}
const ids = (list: Array<{ id: string }>) => list.map((i) => i.id);

// The turf kernel, counted: the area filter's point-in-polygon work should run once per area.
vi.mock('../geo/analysis', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../geo/analysis')>();
  return { ...actual, insidePolygon: vi.fn(actual.insidePolygon) };
});

describe('filters', () => {
  it('hides a category everywhere, and counts it in its toggle all the same', () => {
    const store = bundledStore();
    const total = selectWindowCount(store.getState());
    const airstrikes = selectCategoryCounts(store.getState()).airstrike;
    expect(airstrikes).toBeGreaterThan(0);
    store.getState().toggleCategory('airstrike');
    expect(selectWindowCount(store.getState())).toBe(total - airstrikes);
    expect(selectFilteredIncidents(store.getState()).some((i) => i.feature.properties.category === 'airstrike')).toBe(
      false,
    );
    expect(selectCategoryCounts(store.getState()).airstrike).toBe(airstrikes);
    store.getState().toggleCategory('airstrike');
    expect(selectWindowCount(store.getState())).toBe(total);
  });

  it('filters by a canonical actor', () => {
    const store = bundledStore();
    store.getState().setActor('islamic-state');
    const shown = selectIncidentsInWindow(store.getState());
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.every((i) => i.feature.properties.actors.some((a) => a.actor === 'islamic-state'))).toBe(true);
    store.getState().setActor('no-such-actor');
    expect(store.getState().actorId).toBeNull();
  });

  it('hides incidents by what they rest on, and counts it as a filter', () => {
    const store = bundledStore();
    const all = selectIncidentsInWindow(store.getState()).length;
    store.getState().toggleProvenance('quoted');
    expect(selectIncidentsInWindow(store.getState()).length).toBe(all);
    expect(selectHasFilters(store.getState())).toBe(true);
    store.getState().toggleProvenance('verbatim');
    expect(selectIncidentsInWindow(store.getState())).toEqual([]);
    store.getState().clearFilters();
    expect(selectIncidentsInWindow(store.getState()).length).toBe(all);
  });

  it('hides incidents coded only to a region or a country', () => {
    const store = bundledStore();
    store.getState().togglePrecision('region');
    store.getState().togglePrecision('country');
    const precisions = new Set(
      selectIncidentsInWindow(store.getState()).map((i) => i.feature.properties.where.precision),
    );
    expect(precisions.has('region') || precisions.has('country')).toBe(false);
    expect(precisions.has('city')).toBe(true);
  });

  it('combines search with the time window', () => {
    const store = bundledStore();
    store.getState().setSearchText('Sabratha');
    store.getState().setTimeRange([day('2016-02-23'), day('2016-02-23')]);
    expect(ids(selectIncidentsInWindow(store.getState()))).toEqual(['sabratha-is-attack']);
  });

  it('keeps only what lies inside a drawn area', () => {
    const store = bundledStore();
    store.getState().setArea({ polygon: boxFromCorners([11.5, 32], [13.5, 33.5]), label: 'box' });
    const shown = selectIncidentsInWindow(store.getState());
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((i) => i.lngLat[0] > 11.5 && i.lngLat[0] < 13.5)).toBe(true);
  });

  it('lists search results off screen, but "on screen" means in the view', () => {
    const store = bundledStore();
    store.getState().setViewBounds([12, 32, 13, 33]); // around Sabratha
    store.getState().setSearchText('Khanaser');
    expect(ids(selectListedIncidents(store.getState()))).toContain('khanaser-seized-by-is');
    expect(ids(selectOnScreenIncidents(store.getState()))).toEqual([]);
  });

  it('clears every filter at once', () => {
    const store = bundledStore();
    const total = selectWindowCount(store.getState());
    store.getState().toggleCategory('attack');
    store.getState().setSearchText('zzz');
    store.getState().clearFilters();
    expect(selectWindowCount(store.getState())).toBe(total);
  });
});

describe.each([
  ['selectListedIncidents', selectListedIncidents],
  ['selectOnScreenIncidents', selectOnScreenIncidents],
] as const)('%s is memoised', (_, select) => {
  const february = [day('2016-02-01'), day('2016-02-29')] as [number, number];

  it('returns the same array while its inputs are unchanged, even if other state changes', () => {
    const store = bundledStore();
    store.getState().setTimeRange(february);
    const first = select(store.getState());
    expect(first.length).toBeGreaterThan(1);
    expect(select(store.getState())).toBe(first);
    store.getState().setTool('measure');
    store.getState().setPlaySpeed(8);
    expect(select(store.getState())).toBe(first);
  });

  it('recomputes when the window moves', () => {
    const store = bundledStore();
    store.getState().setTimeRange(february);
    const first = select(store.getState());
    store.getState().setTimeRange([day('2016-02-23'), day('2016-02-23')]);
    const moved = select(store.getState());
    expect(moved).not.toBe(first);
    expect(ids(moved)).toEqual(ids(selectIncidentsInWindow(store.getState())));
    expect(moved.length).toBeLessThan(first.length);
  });

  it('recomputes when a filter changes', () => {
    const store = bundledStore();
    store.getState().setTimeRange(february);
    const first = select(store.getState());
    const airstrikes = first.filter((i) => i.feature.properties.category === 'airstrike').length;
    expect(airstrikes).toBeGreaterThan(0);
    store.getState().toggleCategory('airstrike');
    const filtered = select(store.getState());
    expect(filtered).not.toBe(first);
    expect(filtered).toHaveLength(first.length - airstrikes);
  });

  it('recomputes when the map view moves', () => {
    const store = bundledStore();
    store.getState().setTimeRange(february);
    const first = select(store.getState());
    store.getState().setViewBounds([12, 32, 13, 33]); // around Sabratha
    const inView = select(store.getState());
    expect(inView).not.toBe(first);
    expect(inView.length).toBeGreaterThan(0);
    expect(inView.every((i) => i.lngLat[0] >= 12 && i.lngLat[0] <= 13)).toBe(true);
  });
});

describe('the area filter', () => {
  it('finds what lies inside the area once, not again on every move of the window', () => {
    const store = bundledStore();
    store.getState().setArea({ polygon: boxFromCorners([11.5, 32], [13.5, 33.5]), label: 'box from the link' });
    vi.mocked(insidePolygon).mockClear();
    const counts: number[] = [];
    for (let start = day('2016-02-10'); start < day('2016-03-01'); start++) {
      store.getState().setTimeRange([start, start + 7]);
      counts.push(selectIncidentsInWindow(store.getState()).length);
    }
    expect(counts.some((n) => n > 0)).toBe(true);
    expect(insidePolygon).toHaveBeenCalledTimes(1);
    store.getState().setArea({ polygon: boxFromCorners([11, 31], [14, 34]), label: 'a larger box' });
    selectIncidentsInWindow(store.getState());
    expect(insidePolygon).toHaveBeenCalledTimes(2);
  });
});
