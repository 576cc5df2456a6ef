import { beforeEach, describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../store/appStore';
import { loadBundledDataset } from '../data/loadBundledDataset';
import { normalise } from '../data/incidentList';
import { bindUrl } from '../io/bindUrl';
import { startUp, type StartUpSteps } from './startUp';
import { fromDayNumber } from '../lib/days';

const bundled = loadBundledDataset();
const STRIKE = 'sabratha-us-airstrike-qasr-talil';

/** A stored import as restoreImports would add it: one incident in June 2017, after the bundled record. */
function addStoredImport(store: AppStore) {
  const base = bundled.incidents[0].feature;
  const feature = {
    ...base,
    properties: {
      ...base.properties,
      id: 'import-mine-1',
      when: { ...base.properties.when, start: '2017-06-10', end: '2017-06-12' },
      reported: '2017-06-13',
    },
  };
  const set = {
    id: 'import-mine',
    name: 'mine',
    fileName: 'mine.csv',
    colour: '#E69F00',
    importedAt: '2017-06-14T00:00:00Z',
    count: 1,
    stored: true,
  };
  store.getState().addImportedSet(set, normalise([feature], set.id), {});
}

function fakeWindow(search: string) {
  const location = { pathname: '/', search, hash: '' };
  return {
    location,
    history: {
      pushState: (_: unknown, __: string, url: string) =>
        Object.assign(location, { search: new URL(url, 'http://x').search }),
      replaceState: (_: unknown, __: string, url: string) =>
        Object.assign(location, { search: new URL(url, 'http://x').search }),
    },
    addEventListener: () => {},
    removeEventListener: () => {},
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: number) => clearTimeout(id),
  } as unknown as Window;
}

const later = <T>(ms: number, value?: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value as T), ms));

function steps(search: string, restoreImports: StartUpSteps['restoreImports']): StartUpSteps {
  return {
    loadDataset: () => later(1, bundled),
    bindTheme: () => {},
    restoreImports,
    bindUrl: (store) => bindUrl(store, fakeWindow(search)),
    bindPlayback: () => {},
  };
}

describe('start-up', () => {
  let store: AppStore;
  beforeEach(() => {
    store = createAppStore();
  });

  it('applies the link only once stored imports are back: an imported incident and window over its dates open', async () => {
    await startUp(
      store,
      steps('?from=2017-06-09&to=2017-06-13&incident=import-mine-1', async (s) => {
        await later(30);
        addStoredImport(s);
      }),
    );
    const s = store.getState();
    expect(s.selectedId).toBe('import-mine-1');
    expect(s.timeRange.map(fromDayNumber)).toEqual(['2017-06-09', '2017-06-13']);
    expect(s.notices).toEqual([]);
  });

  it('keeps a bundled incident selected when imports are restored', async () => {
    await startUp(
      store,
      steps(`?incident=${STRIKE}`, async (s) => addStoredImport(s)),
    );
    expect(store.getState().selectedId).toBe(STRIKE);
  });

  it('says why when stored imports cannot be read, and still applies the link', async () => {
    await startUp(
      store,
      steps(`?incident=${STRIKE}`, () => Promise.reject(new Error('QuotaExceededError'))),
    );
    expect(store.getState().selectedId).toBe(STRIKE);
    expect(store.getState().notices).toEqual([expect.stringMatching(/could not be loaded .*QuotaExceededError/)]);
  });

  it('does not wait for ever on storage that never answers', async () => {
    await startUp(
      store,
      steps(`?incident=${STRIKE}`, () => new Promise(() => {})),
      50,
    );
    expect(store.getState().selectedId).toBe(STRIKE);
    expect(store.getState().notices).toEqual([expect.stringMatching(/taking long/)]);
  });

  it('opens without the bundled dataset if it cannot load, saying so', async () => {
    await startUp(store, { ...steps('', async () => {}), loadDataset: () => Promise.reject(new Error('worker died')) });
    expect(store.getState().incidents).toEqual([]);
    expect(store.getState().notices).toEqual([
      expect.stringMatching(/bundled dataset could not be loaded \(worker died\)/),
    ]);
  });

  it('a link to an import this browser does not have says why it did not open', async () => {
    await startUp(
      store,
      steps('?incident=import-elsewhere-1', async () => {}),
    );
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().notices).toEqual([
      'Ignored incident=import-elsewhere-1: no incident has that id in the loaded data; it may be an import from another browser.',
    ]);
  });
});
