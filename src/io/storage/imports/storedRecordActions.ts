/**
 * What the user can do with a stored record that could not be restored as it was: download it
 * exactly as storage holds it (to keep, or to mend and import again), or delete it for good, in
 * every open tab. Also how a tab lets go of a record another tab deleted.
 */
import type { AppStore } from '../../../store/appStore';
import { announce } from '../broadcast';
import { StorageError } from '../transactions';
import { deleteImport, readImport } from './importRecords';
import { problemKeys } from './restoreStored';

/** Sets whose record is already gone from storage, so that taking them off the map deletes nothing more. */
export const goneFromStorage = new Set<string>();

/** The stored record as JSON, as storage holds it (a record in parts carries its parts in order). */
export async function storedRecordJson(id: string): Promise<string> {
  const raw = await readImport(problemKeys.get(id) ?? id);
  if (!raw) throw new StorageError('NotFoundError', 'it is no longer in storage');
  const value = raw.parts.length > 0 ? { ...(raw.head as object), parts: raw.parts } : raw.head;
  return JSON.stringify(value, null, 2);
}

/** This tab lets go of a record that is no longer stored: its restore problem, and its layer if it has one. */
export function forgetStoredRecord(store: AppStore, id: string): void {
  problemKeys.delete(id);
  const s = store.getState();
  s.dropRestoreProblem(id);
  if (s.importedSets.some((x) => x.id === id)) {
    goneFromStorage.add(id);
    s.removeImportedSet(id);
  }
}

/** Delete a stored record, head and parts, and tell the other tabs; if it cannot be deleted, say why. */
export async function deleteStoredRecord(store: AppStore, id: string, name: string): Promise<boolean> {
  try {
    await deleteImport(problemKeys.get(id) ?? id);
  } catch (error) {
    store
      .getState()
      .addNotice(`Could not delete “${name}” from this browser (${StorageError.from(error).describe()}).`);
    return false;
  }
  announce({ store: 'imports', change: 'delete', key: id });
  forgetStoredRecord(store, id);
  return true;
}
