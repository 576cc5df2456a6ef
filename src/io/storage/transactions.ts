/**
 * Transactions on the app's database that settle when the browser says the transaction did: a
 * write resolves on `complete` (with strict durability, so on disk) and rejects on `abort` or
 * `error` with the browser's own reason, e.g. "QuotaExceededError: …". A request that succeeded
 * inside a transaction that later aborted stored nothing, so nothing here resolves on a request.
 */
import { openDatabase, StorageError } from './connection';

export { StorageError };
import type { StoreName } from './migrations';

/**
 * Run `act` in one transaction over `stores`. `act` issues its requests (it may issue more from
 * their callbacks) and returns what to resolve with, read once the transaction has completed.
 */
async function transact<T>(
  mode: IDBTransactionMode,
  stores: StoreName[],
  act: (tx: IDBTransaction) => () => T,
): Promise<T> {
  const db = await openDatabase({ wait: mode === 'readonly' });
  return new Promise<T>((resolve, reject) => {
    let thrown: unknown = null;
    let tx: IDBTransaction;
    try {
      tx = db.transaction(stores, mode, { durability: mode === 'readwrite' ? 'strict' : 'default' });
    } catch (error) {
      reject(StorageError.from(error));
      return;
    }
    let result: () => T = () => undefined as T;
    tx.oncomplete = () => {
      try {
        resolve(result());
      } catch (error) {
        reject(StorageError.from(error));
      }
    };
    tx.onabort = () => reject(StorageError.from(thrown ?? tx.error, 'the transaction was aborted'));
    try {
      result = act(tx);
    } catch (error) {
      // E.g. DataCloneError or DataError from put(): nothing of this transaction is kept.
      thrown = error;
      tx.abort();
    }
  });
}

/** A write of one or more stores; resolves once it is committed, rejects with the reason it was not. */
export function writeTransaction(stores: StoreName[], act: (tx: IDBTransaction) => void): Promise<void> {
  return transact('readwrite', stores, (tx) => {
    act(tx);
    return () => undefined;
  });
}

/** A read of one or more stores; `act` returns the value to resolve with once the transaction has completed. */
export function readTransaction<T>(stores: StoreName[], act: (tx: IDBTransaction) => () => T): Promise<T> {
  return transact('readonly', stores, act);
}

/** Visit every record of a store (or of a key range of it) with its key, one success event per record. */
export function eachRecord(
  store: IDBObjectStore,
  range: IDBKeyRange | null,
  visit: (key: IDBValidKey, value: unknown) => void,
): void {
  const cursor = store.openCursor(range);
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (!at) return;
    visit(at.primaryKey, at.value);
    at.continue();
  };
}
