import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAppStore } from './appStore';
import { parseIncidents } from '../data/parseIncidents';
import { actorCatalogSchema } from '../data/sourceCatalog';
import { boxFromCorners } from '../geo/analysis';
import { toDayNumber as day } from '../lib/days';
import { selectCategoryCounts, selectFilteredIncidents, selectIncidentsInWindow, selectListedIncidents, selectOnScreenIncidents, selectWindowCount } from './selectors';

function bundledStore() {
  const store = createAppStore();
  const { incidents, rejected } = parseIncidents(JSON.parse(readFileSync('data/incidents.geojson', 'utf8')));
  const actors = actorCatalogSchema.parse(JSON.parse(readFileSync('data/actors.json', 'utf8'))).actors;
  store.getState().setDataset({ incidents, rejected, sources: new Map(), sourceTexts: new Map(), actors: new Map(actors.map((a) => [a.id, a])), datasetVersion: 't' });
  return store;
}
const ids = (list: Array<{ id: string }>) => list.map((i) => i.id);

describe('filters', () => {
  it('hides a category everywhere, and counts it in its toggle all the same', () => {
    const store = bundledStore();
    const total = selectWindowCount(store.getState());
    const airstrikes = selectCategoryCounts(store.getState()).airstrike;
    expect(airstrikes).toBeGreaterThan(0);
    store.getState().toggleCategory('airstrike');
    expect(selectWindowCount(store.getState())).toBe(total - airstrikes);
    expect(selectFilteredIncidents(store.getState()).some((i) => i.feature.properties.category === 'airstrike')).toBe(false);
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

  it('hides incidents coded only to a region or a country', () => {
    const store = bundledStore();
    store.getState().togglePrecision('region');
    store.getState().togglePrecision('country');
    const precisions = new Set(selectIncidentsInWindow(store.getState()).map((i) => i.feature.properties.where.precision));
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
