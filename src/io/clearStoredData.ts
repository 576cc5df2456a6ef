/**
 * Forget everything this app keeps in this browser: the IndexedDB database `incident-atlas`
 * (imported datasets, and whatever else later versions keep there) and the localStorage keys
 * under `incident-atlas` (the theme). The way out when something stored can no longer be shown.
 */

export const DATABASE_NAME = 'incident-atlas';
/** Every localStorage key of this app starts with this. */
export const STORAGE_PREFIX = 'incident-atlas';

/** Deletes the database, telling `onBlocked` if another tab holds it open (deletion then waits for it to close). */
function deleteDatabase(idb: IDBFactory, name: string, onBlocked: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = idb.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`could not delete ${name}`));
    request.onblocked = onBlocked;
  });
}

function removeKeys(storage: Storage): number {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
  }
  keys.forEach((key) => storage.removeItem(key));
  return keys.length;
}

export interface ClearStoredDataOptions {
  idb?: IDBFactory | undefined;
  storage?: Storage | undefined;
  onBlocked?: () => void;
}

/** Resolves once both are gone. Storage that is switched off (private modes) counts as already clear. */
export async function clearStoredData(options: ClearStoredDataOptions = {}): Promise<void> {
  const idb = 'idb' in options ? options.idb : globalThis.indexedDB;
  let storage = options.storage;
  if (!('storage' in options)) {
    try {
      storage = globalThis.localStorage;
    } catch {
      storage = undefined; // reading localStorage throws where storage is disabled
    }
  }
  if (storage) removeKeys(storage);
  if (idb) await deleteDatabase(idb, DATABASE_NAME, options.onBlocked ?? (() => {}));
}
