/**
 * Imported datasets live in this browser's IndexedDB until removed: never uploaded, re-checked
 * against the schema when read back, so a stored record from an older version cannot slip past it.
 */
import type { AppStore } from '../store/appStore';
import type { ImportedSet, ImportedSource } from '../store/types';
import type { IncidentFeature } from '../data/schema';
import { normalise } from '../data/incidentList';

const DB = 'incident-atlas';
const STORE = 'imports';
export interface StoredImport {
  set: ImportedSet;
  features: IncidentFeature[];
  sources: Record<string, ImportedSource>;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'set.id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  return new Promise((resolve, reject) => {
    const request = act(db.transaction(STORE, mode).objectStore(STORE));
    request.onsuccess = () => {
      resolve(request.result);
      db.close();
    };
    request.onerror = () => {
      reject(request.error);
      db.close();
    };
  });
}

/** Whether the record was stored; if not (private mode, quota), why, and the layer lasts this visit only. */
export type SaveOutcome = { saved: true } | { saved: false; reason: string };

export async function saveImportedSet(record: StoredImport): Promise<SaveOutcome> {
  try {
    await run('readwrite', (store) => store.put({ ...record, set: { ...record.set, stored: true } }));
    return { saved: true };
  } catch (error) {
    return { saved: false, reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

export async function deleteImportedSet(id: string): Promise<void> {
  try {
    await run('readwrite', (store) => store.delete(id));
  } catch {
    // Nothing stored, nothing to delete.
  }
}

/** Load what earlier visits stored, and forget a layer in storage when the user removes it. */
export async function restoreImports(store: AppStore): Promise<() => void> {
  let records: StoredImport[] = [];
  try {
    records = await run('readonly', (s) => s.getAll() as IDBRequest<StoredImport[]>);
  } catch {
    records = [];
  }
  // The schema (and zod) load only when there is something stored to re-check.
  const { incidentFeatureSchema } = records.length ? await import('../data/schema') : { incidentFeatureSchema: null };
  for (const record of records) {
    const features = record.features.filter((f) => incidentFeatureSchema!.safeParse(f).success);
    const taken = new Set(store.getState().incidents.map((i) => i.id));
    const fresh = features.filter((f) => !taken.has(f.properties.id));
    if (fresh.length < record.features.length) {
      store
        .getState()
        .addNotice(
          `${record.set.name}: ${record.features.length - fresh.length} stored incidents no longer pass the checks or clash with loaded ids, and were left out.`,
        );
    }
    if (fresh.length > 0)
      store
        .getState()
        .addImportedSet(
          { ...record.set, count: fresh.length, stored: true },
          normalise(fresh, record.set.id),
          record.sources,
        );
  }
  return store.subscribe(
    (s) => s.importedSets,
    (sets, previous) => {
      for (const gone of previous.filter((p) => !sets.some((x) => x.id === p.id))) void deleteImportedSet(gone.id);
    },
  );
}
