import { afterAll, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../store/appStore';
import { loadGrading } from '../store/gradeSelectors';
import { loadBundledDataset } from '../data/loadBundledDataset';
import { normalise } from '../data/incidentList';
import type { ImportedSet } from '../store/types';
import { createRecoveryActions, importedDataAsGeoJson } from './recoveryActions';

const bundled = loadBundledDataset();
// The store starts loading the grading kernels when grades are first asked for; let that finish
// inside this file's environment (on a loaded machine it used to land after teardown, an unhandled error).
afterAll(() => loadGrading());

function storeWithImport(name: unknown = 'my sheet') {
  const store = createAppStore();
  store.getState().setDataset(bundled);
  const base = bundled.incidents[0].feature;
  const excerpt = { ...base.properties.excerpts[0], source: 'import-mine-r2', quote: 'A quote.', offset: 0 };
  const feature = { ...base, properties: { ...base.properties, id: 'mine-1', excerpts: [excerpt] } };
  const set = {
    id: 'import-mine',
    name,
    fileName: 'my sheet.csv',
    colour: '#E69F00',
    importedAt: 'now',
    count: 1,
    stored: true,
  };
  store.getState().addImportedSet(set as ImportedSet, normalise([feature], set.id), {
    'import-mine-r2': {
      fileName: 'my sheet.csv',
      unit: 'row',
      row: 2,
      outlet: 'Desk',
      url: 'https://example.org/r',
    },
  });
  return store;
}

describe('Export my data', () => {
  it('holds every imported incident with its excerpts, the sources they cite (file and row) and the sets', async () => {
    const { json, sets, incidents } = await importedDataAsGeoJson(storeWithImport());
    const out = JSON.parse(json);
    expect({ sets, incidents }).toEqual({ sets: 1, incidents: 1 });
    expect(out.type).toBe('FeatureCollection');
    expect(out.features.map((f: { properties: { id: string } }) => f.properties.id)).toEqual(['mine-1']);
    expect(out.features[0].properties.excerpts[0]).toMatchObject({ quote: 'A quote.', source: 'import-mine-r2' });
    expect(out.sources).toEqual([
      {
        id: 'import-mine-r2',
        imported: true,
        fileName: 'my sheet.csv',
        unit: 'row',
        row: 2,
        outlet: 'Desk',
        url: 'https://example.org/r',
      },
    ]);
    expect(out.datasets).toEqual([expect.objectContaining({ id: 'import-mine', fileName: 'my sheet.csv' })]);
  });

  it('still exports a set whose record is damaged (a name that is an object, a BigInt)', async () => {
    const out = JSON.parse((await importedDataAsGeoJson(storeWithImport({ text: 'my sheet', n: 1n }))).json);
    expect(out.datasets[0].name).toEqual({ text: 'my sheet', n: '1' });
    expect(out.features).toHaveLength(1);
  });

  it('says there is nothing to export when nothing was imported', async () => {
    const store = createAppStore();
    store.getState().setDataset(bundled);
    expect(await createRecoveryActions(store).exportData()).toMatch(/^Nothing to export/);
  });

  it('clears stored data, then reloads', async () => {
    const reload = vi.fn();
    const deleted: string[] = [];
    const request = {} as IDBOpenDBRequest;
    vi.stubGlobal('indexedDB', {
      deleteDatabase: (name: string) => {
        deleted.push(name);
        setTimeout(() => request.onsuccess?.call(request, new Event('success')));
        return request;
      },
    });
    vi.stubGlobal('localStorage', undefined);
    await createRecoveryActions(storeWithImport(), reload).clearStoredData(() => {});
    expect(deleted).toEqual(['incident-atlas']);
    expect(reload).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });
});
