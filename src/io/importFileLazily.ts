/**
 * Import a file, loading the import code (reading, the worker's client, storing) on the first
 * import rather than with the first paint (scripts/checkDist.ts holds it to 400 kB gzip).
 */
import type { AppStore } from '../store/appStore';

export function importFileLazily(file: File, store: AppStore): Promise<void> {
  return import('./importFiles').then((m) => m.importFile(file, store));
}
