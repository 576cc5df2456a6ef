import { describe, expect, it } from 'vitest';
import { createAppStore } from './appStore';
import { normalise } from '../data/incidentList';
import { importText } from '../data/import/importText';
import { datasetBox, selectShownAlone } from './framing';
import { selectStartBox } from './selectors';

const features = (csv: string, datasetId: string) =>
  importText(csv, 'f.csv', { datasetId, fileName: 'f.csv', places: null, existingIds: new Set() }).features;
const SET = {
  id: 'import-m',
  name: 'm',
  fileName: 'm.csv',
  colour: '#E69F00',
  importedAt: '2026-11-22T00:00:00Z',
  count: 11,
  stored: true,
};
/** Ten rows around Mosul and one in Paris: the box frames Mosul, and Paris stays "elsewhere". */
const MOSUL = [
  'id,title,date,lat,lon,excerpt',
  ...Array.from(
    { length: 10 },
    (_, i) => `m-${i},Mosul ${i},2016-02-${10 + i},${36.3 + i * 0.01},${43.1 + i * 0.01},q`,
  ),
  'p-1,Paris,2016-02-20,48.85,2.35,q',
].join('\n');

function storeWith(bundledCsv: string | null) {
  const store = createAppStore();
  store.getState().setDataset({
    incidents: bundledCsv
      ? normalise(features(bundledCsv, 'bundled')).map((i) => ({ ...i, datasetId: undefined }))
      : [],
    rejected: [],
    sources: new Map(),
    sourceTexts: new Map(),
    actors: new Map(),
    datasetVersion: 't',
  });
  return store;
}

describe('framing an imported dataset', () => {
  it('frames the 90% of its incidents that concentrate, leaving the outlier out', () => {
    const store = storeWith(null);
    store.getState().addImportedSet(SET, normalise(features(MOSUL, SET.id), SET.id), {});
    const [w, s, e, n] = datasetBox(store.getState().incidents, SET.id)!;
    expect([w, s]).toEqual([43.1, 36.3]);
    expect(e).toBeCloseTo(43.19, 6);
    expect(n).toBeCloseTo(36.39, 6);
  });

  it('asks the map to frame a file right after it is imported', () => {
    const store = storeWith('id,title,date,lat,lon,excerpt\nb-1,B,2016-02-10,32.79,12.48,q\n');
    expect(store.getState().frameRequest).toBeNull();
    store.getState().addImportedSet(SET, normalise(features(MOSUL, SET.id), SET.id), {});
    expect(store.getState().frameRequest).toEqual({ datasetId: SET.id, seq: 1 });
    // Restored sets (several at once, as the page opens) are not framed: the link's #map= stands.
    store
      .getState()
      .addImportedSets([
        { set: { ...SET, id: 'import-r' }, incidents: normalise(features(MOSUL, 'import-r'), 'import-r'), sources: {} },
      ]);
    expect(store.getState().frameRequest).toEqual({ datasetId: SET.id, seq: 1 });
  });

  it('is shown alone only when no other data is on the map, and then the start view is its box', () => {
    const withBundled = storeWith('id,title,date,lat,lon,excerpt\nb-1,B,2016-02-10,32.79,12.48,q\n');
    withBundled.getState().addImportedSet(SET, normalise(features(MOSUL, SET.id), SET.id), {});
    expect(selectShownAlone(withBundled.getState())).toBeNull();
    expect(selectStartBox(withBundled.getState())![0]).toBeLessThan(13); // Sabratha is in the start view

    const alone = storeWith(null);
    alone.getState().addImportedSet(SET, normalise(features(MOSUL, SET.id), SET.id), {});
    expect(selectShownAlone(alone.getState())).toBe(SET.id);
    expect(selectStartBox(alone.getState())).toEqual(datasetBox(alone.getState().incidents, SET.id));
    alone.getState().toggleImportedSet(SET.id);
    expect(selectShownAlone(alone.getState())).toBeNull();
  });
});
