/**
 * Put the app's singleton store (the one components read through useAppStore) back to its
 * initial state, then load a dataset into it, so that each component test starts fresh.
 */
import { appStore } from '../store/appStore';
import { loadBundledDataset } from '../data/loadBundledDataset';
import { parseIncidents } from '../data/parseIncidents';

export function resetAppStore(): void {
  appStore.setState(appStore.getInitialState(), true);
}

/** The bundled dataset (data/: 47 incidents, their sources, actors and archived texts), as main.tsx loads it. */
export function loadBundledIntoStore(): void {
  resetAppStore();
  const { contextProblems, ...dataset } = loadBundledDataset();
  if (contextProblems.length > 0) throw new Error(`bundled context layers failed: ${contextProblems.join('; ')}`);
  appStore.getState().setDataset(dataset);
}

/** A GeoJSON FeatureCollection parsed with the app's own parser; fails the test if any feature is rejected. */
export function loadCollectionIntoStore(collection: unknown): void {
  resetAppStore();
  const { incidents, rejected } = parseIncidents(collection);
  if (rejected.length > 0) throw new Error(`fixture rejected: ${JSON.stringify(rejected)}`);
  appStore.getState().setDataset({
    incidents,
    rejected,
    sources: new Map(),
    sourceTexts: new Map(),
    actors: new Map(),
    datasetVersion: 'test',
  });
}
