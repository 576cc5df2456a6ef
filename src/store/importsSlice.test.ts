import { describe, expect, it } from 'vitest';
import { createAppStore } from './appStore';
import { normalise } from '../data/incidentList';
import { importText } from '../data/import/importText';
import { selectWindowCount } from './selectors';

const features = (csv: string) =>
  importText(csv, 'f.csv', { datasetId: 'import-f', fileName: 'f.csv', places: null, existingIds: new Set() }).features;
const SET = {
  id: 'import-f',
  name: 'f',
  fileName: 'f.csv',
  colour: '#E69F00',
  importedAt: '2026-11-22T00:00:00Z',
  count: 2,
  stored: true,
};

function storeWithBundled() {
  const store = createAppStore();
  const bundled = normalise(features('id,title,date,lat,lon,excerpt\nb-1,B,2016-02-10,1,1,q\n'));
  store.getState().setDataset({
    incidents: bundled,
    rejected: [],
    sources: new Map(),
    sourceTexts: new Map(),
    actors: new Map(),
    datasetVersion: 't',
  });
  return store;
}

describe('imported sets join the one incident list', () => {
  it('adds, renumbers by time, widens a whole-record window, and removes cleanly', () => {
    const store = storeWithBundled();
    store.getState().selectIncident('b-1');
    const imported = normalise(
      features('id,title,date,lat,lon,excerpt\ni-1,I,2016-02-01,1,1,q\ni-2,J,2016-03-05,1,1,q\n'),
      'import-f',
    );
    store.getState().addImportedSet(SET, imported, {});
    const s = store.getState();
    expect(s.incidents.map((i) => [i.id, i.index, i.datasetId, i.ringColour])).toEqual([
      ['i-1', 0, 'import-f', '#E69F00'],
      ['b-1', 1, undefined, undefined],
      ['i-2', 2, 'import-f', '#E69F00'],
    ]);
    // The selected bundled incident is still loaded, so the selection (and a permalink to it) survives.
    expect(s.selectedId).toBe('b-1');
    expect(selectWindowCount(s)).toBe(3);

    store.getState().toggleImportedSet('import-f');
    expect(selectWindowCount(store.getState())).toBe(1);

    store.getState().selectIncident('i-2');
    store.getState().removeImportedSet('import-f');
    expect(store.getState().incidents.map((i) => [i.id, i.index])).toEqual([['b-1', 0]]);
    expect(store.getState().selectedId).toBeNull(); // its incident left with the import
    expect(store.getState().hiddenDatasets).toEqual([]);
    expect(store.getState().importedSets).toEqual([]);
  });

  it('a window left on the reporting period takes in an import’s months; one on the whole record, its dates', () => {
    const store = createAppStore();
    const csv =
      'id,title,date,reported,lat,lon,excerpt\nb-0,Background,2015-06-01,2016-02-10,1,1,q\nb-1,B,2016-02-10,2016-02-10,1,1,q\n';
    store.getState().setDataset({
      incidents: normalise(features(csv)),
      rejected: [],
      sources: new Map(),
      sourceTexts: new Map(),
      actors: new Map(),
      datasetVersion: 't',
    });
    // It opens on the reporting period: the background event of 2015 is outside it.
    expect(store.getState().timeRange).toEqual(store.getState().reportingPeriod);
    expect(selectWindowCount(store.getState())).toBe(1);
    const june = normalise(features('id,title,date,lat,lon,excerpt\ni-1,I,2017-06-10,1,1,q\n'), 'import-f');
    store.getState().addImportedSet(SET, june, {});
    // What was just imported is in the window; the background still is not.
    expect(store.getState().timeRange).toEqual(store.getState().reportingPeriod);
    expect(selectWindowCount(store.getState())).toBe(2);
    store.getState().removeImportedSet('import-f');
    expect(store.getState().timeRange).toEqual(store.getState().reportingPeriod);

    store.getState().showPreset('record');
    store.getState().addImportedSet(SET, june, {});
    expect(store.getState().timeRange).toEqual(store.getState().timeDomain);
    expect(selectWindowCount(store.getState())).toBe(3);
  });

  it('keeps a narrowed window where the user put it', () => {
    const store = storeWithBundled();
    store.getState().setTimeRange([store.getState().timeDomain[0] + 1, store.getState().timeDomain[1]]);
    const before = store.getState().timeRange;
    store
      .getState()
      .addImportedSet(
        SET,
        normalise(features('id,title,date,lat,lon,excerpt\ni-1,I,2016-05-01,1,1,q\n'), 'import-f'),
        {},
      );
    expect(store.getState().timeRange).toEqual(before);
  });

  it('keeps each set to its own source ids: never a bundled id, never a neighbour whose id it prefixes', () => {
    const store = storeWithBundled();
    const source = (row: number) => ({ fileName: 'f.csv', unit: 'row' as const, row });
    const a = { ...SET, id: 'import-a' };
    const a2 = { ...SET, id: 'import-a-2' };
    store
      .getState()
      .addImportedSet(a, [], { 'import-a-r2': source(2), 'reuters-2016-02-19-tripoli-sabratha-air-strike': source(3) });
    store.getState().addImportedSet(a2, [], { 'import-a-2-r2': source(2) });
    expect([...store.getState().importedSources.keys()].sort()).toEqual(['import-a-2-r2', 'import-a-r2']);
    store.getState().removeImportedSet('import-a');
    expect([...store.getState().importedSources.keys()]).toEqual(['import-a-2-r2']);
  });

  it('loads an incident id once: a second set with the same id comes without it, and a notice says so', () => {
    const store = storeWithBundled();
    const csv = 'id,title,date,lat,lon,excerpt\ni-1,I,2016-02-01,1,1,q\n';
    store.getState().addImportedSet(SET, normalise(features(csv), 'import-f'), {});
    const other = { ...SET, id: 'import-g', name: 'g', count: 2 };
    const theirs = normalise(features(csv + 'g-2,G,2016-02-03,1,1,q\n'), 'import-g');
    store.getState().addImportedSet(other, theirs, {});
    const s = store.getState();
    expect(s.incidents.map((i) => [i.id, i.datasetId])).toEqual([
      ['i-1', 'import-f'],
      ['g-2', 'import-g'],
      ['b-1', undefined],
    ]);
    expect(s.importedSets.map((x) => [x.id, x.count])).toEqual([
      ['import-f', 2],
      ['import-g', 1],
    ]);
    expect(s.notices).toEqual([
      'g: 1 of its incidents were left out because another loaded layer already has their ids.',
    ]);
  });

  it('loads an id once when two sets bring it in one update, as a restore does', () => {
    const store = storeWithBundled();
    const csv = 'id,title,date,lat,lon,excerpt\ni-1,I,2016-02-01,1,1,q\n';
    const other = { ...SET, id: 'import-g', name: 'g', count: 2 };
    store.getState().addImportedSets([
      { set: SET, incidents: normalise(features(csv), 'import-f'), sources: {} },
      { set: other, incidents: normalise(features(csv + 'g-2,G,2016-02-03,1,1,q\n'), 'import-g'), sources: {} },
    ]);
    expect(store.getState().incidents.map((i) => [i.id, i.datasetId])).toEqual([
      ['i-1', 'import-f'],
      ['g-2', 'import-g'],
      ['b-1', undefined],
    ]);
  });

  it('removing a set keeps the sources of a set whose id merely starts with its id', () => {
    const store = storeWithBundled();
    const source = { fileName: 'f.csv', unit: 'row' as const, row: 2 };
    store.getState().addImportedSet(SET, [], { 'import-f-r2': source });
    store.getState().addImportedSet({ ...SET, id: 'import-f-2' }, [], { 'import-f-2-r2': source });
    store.getState().removeImportedSet('import-f');
    expect([...store.getState().importedSources.keys()]).toEqual(['import-f-2-r2']);
  });

  it('adding with pauses: the map and panels see one update, with every set, the window and the selection kept', async () => {
    const store = storeWithBundled();
    store.getState().selectIncident('b-1');
    const csv = 'id,title,date,lat,lon,excerpt\ni-1,I,2016-02-01,1,1,q\ni-2,J,2016-03-05,1,1,q\n';
    let updates = 0;
    store.subscribe(() => updates++);
    let pauses = 0;
    const pause = async () => void pauses++;
    await store
      .getState()
      .addImportedSetsPausing([{ set: SET, incidents: normalise(features(csv), 'import-f'), sources: {} }], pause);
    const s = store.getState();
    expect(pauses).toBeGreaterThan(0);
    expect(updates).toBe(1);
    expect(s.incidents.map((i) => [i.id, i.index])).toEqual([
      ['i-1', 0],
      ['b-1', 1],
      ['i-2', 2],
    ]);
    expect(s.selectedId).toBe('b-1');
    expect(selectWindowCount(s)).toBe(3);
  });

  it('adding with pauses: a set added meanwhile (another tab) is kept, and nothing is loaded twice', async () => {
    const store = storeWithBundled();
    const csv = 'id,title,date,lat,lon,excerpt\ni-1,I,2016-02-01,1,1,q\n';
    const other = { ...SET, id: 'import-g', name: 'g', count: 2 };
    let first = true;
    const pause = async () => {
      if (!first) return;
      first = false;
      store.getState().addImportedSet(other, normalise(features(csv + 'g-2,G,2016-02-03,1,1,q\n'), 'import-g'), {});
    };
    await store
      .getState()
      .addImportedSetsPausing([{ set: SET, incidents: normalise(features(csv), 'import-f'), sources: {} }], pause);
    const s = store.getState();
    expect(s.importedSets.map((x) => [x.id, x.count])).toEqual([
      ['import-g', 2],
      ['import-f', 0],
    ]);
    expect(s.incidents.map((i) => [i.id, i.datasetId])).toEqual([
      ['i-1', 'import-g'],
      ['g-2', 'import-g'],
      ['b-1', undefined],
    ]);
    expect(s.notices).toEqual([
      'f: 1 of its incidents were left out because another loaded layer already has their ids.',
    ]);
  });
});
