/**
 * Import a file, loading the import code (reading, the worker's client, storing) on the first
 * import rather than with the first paint (scripts/checkDist.ts holds it to 400 kB gzip). Once it
 * is loaded, an import starts at once, in the same task as the pick or drop, as it did before: the
 * previous import's report gives way to the new one's progress without a moment in between.
 */
import type { AppStore } from '../store/appStore';

type ImportFiles = typeof import('./importFiles');
let loaded: ImportFiles | null = null;

export function importFileLazily(file: File, store: AppStore): Promise<void> {
  if (loaded) return loaded.importFile(file, store);
  return import('./importFiles').then((m) => {
    loaded = m;
    return m.importFile(file, store);
  });
}
