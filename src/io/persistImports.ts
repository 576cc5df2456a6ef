/**
 * Imported datasets live in this browser's IndexedDB until removed: never uploaded, checked again
 * when read back. A set is "stored" only once its write has committed; a set removed here is
 * deleted from storage; what one tab stores or deletes, the other open tabs show or drop at once.
 * The storage itself (database, migrations, transactions, announcements) is in ./storage.
 */
import type { AppStore } from '../store/appStore';
import { onConnectionEvent } from './storage/connection';
import { StorageError } from './storage/transactions';
import { announce, onAnnounced } from './storage/broadcast';
import { askToPersistOnce, estimateUse } from './storage/quota';
import { deleteImport, putImport, type StoredImport } from './storage/imports/importRecords';
import { restoreAllStored, restoreOneStored } from './storage/imports/restoreStored';
import { forgetStoredRecord, goneFromStorage } from './storage/imports/storedRecordActions';

export type { StoredImport };
/** For the "Could not restore" notice: a stored record as JSON, and deleting it. */
export { deleteStoredRecord, storedRecordJson } from './storage/imports/storedRecordActions';

/** Whether the record was stored; if not (private mode, quota), why, and the layer lasts this visit only. */
export type SaveOutcome = { saved: true } | { saved: false; reason: string };

/** Store a new set; resolves once the write has committed, or says why it did not. Never throws. */
export async function saveImportedSet(record: StoredImport): Promise<SaveOutcome> {
  try {
    await putImport(record);
  } catch (error) {
    return { saved: false, reason: StorageError.from(error).describe() };
  }
  announce({ store: 'imports', change: 'put', key: record.set.id });
  void askToPersistOnce();
  return { saved: true };
}

/** Delete a stored set and tell the other tabs; rejects with the reason when it cannot be deleted. */
export async function deleteImportedSet(id: string): Promise<void> {
  await deleteImport(id);
  announce({ store: 'imports', change: 'delete', key: id });
}

const CONNECTION_NOTICES = {
  blocked:
    'Incident Atlas is open in another tab with an older version of its storage. Reload or close that other tab: until then, the data stored in this browser can neither be shown nor saved here.',
  replaced:
    'Incident Atlas was opened in another tab with a newer version of its storage, so this tab has stopped using it. Reload this tab: until then, what you import here is not saved.',
  deleted: 'The data stored in this browser was cleared. What is on the map now lasts until you close this page.',
};

function tellAboutConnection(store: AppStore): () => void {
  return onConnectionEvent((event) => {
    const s = store.getState();
    s.addNotice(CONNECTION_NOTICES[event]);
    if (event !== 'deleted') return;
    for (const set of s.importedSets.filter((x) => x.stored))
      s.updateImportedSet(set.id, { stored: false, notSavedReason: 'its stored copy was cleared' });
    s.restoreProblems.forEach((p) => s.dropRestoreProblem(p.id));
  });
}

/** A set taken off the map here is deleted from storage, unless its record is already gone. */
function deleteWhenRemoved(store: AppStore): () => void {
  return store.subscribe(
    (s) => s.importedSets,
    (sets, previous) => {
      for (const gone of previous.filter((p) => !sets.some((x) => x.id === p.id))) {
        if (goneFromStorage.delete(gone.id) || !gone.stored) continue;
        deleteImportedSet(gone.id).catch((error) =>
          store
            .getState()
            .addNotice(
              `“${gone.name}” was removed here but could not be deleted from this browser (${StorageError.from(error).describe()}). It will be back after a reload: remove it again then.`,
            ),
        );
      }
    },
  );
}

/** Show what another tab stores, and drop what it deletes, in the order they announced it. */
function followOtherTabs(store: AppStore, enqueue: (job: () => Promise<void>) => Promise<void>): () => void {
  return onAnnounced(({ store: name, change, key }) => {
    if (name !== 'imports') return;
    void enqueue(async () =>
      change === 'delete' ? forgetStoredRecord(store, key) : await restoreOneStored(store, key),
    );
  });
}

/** Keep the figure of bytes used against the quota current as sets come and go. */
function keepUseCurrent(store: AppStore): () => void {
  const refresh = () => void estimateUse().then((use) => store.getState().setStorageUse(use));
  refresh();
  return store.subscribe((s) => s.importedSets, refresh);
}

/**
 * Restore what earlier visits (and other tabs) stored, then keep storage and the other tabs in
 * step with this one. Resolves once every stored set is in the store or listed as a restore
 * problem; or at once, with a notice, while an older tab blocks storage (the sets follow when it lets go).
 */
export async function restoreImports(store: AppStore): Promise<() => void> {
  let queue = Promise.resolve();
  const enqueue = (job: () => Promise<void>) =>
    (queue = queue
      .then(job)
      .catch((error) =>
        store
          .getState()
          .addNotice(`Could not read the data stored in this browser (${StorageError.from(error).describe()}).`),
      ));
  const stops = [tellAboutConnection(store), deleteWhenRemoved(store), followOtherTabs(store, enqueue)];
  const restored = enqueue(() => restoreAllStored(store));
  let stopWaiting = () => undefined as unknown;
  const blocked = new Promise<void>((resolve) => {
    stopWaiting = onConnectionEvent((event) => event === 'blocked' && resolve());
  });
  await Promise.race([restored, blocked]);
  stopWaiting();
  stops.push(keepUseCurrent(store));
  return () => stops.forEach((stop) => stop());
}
