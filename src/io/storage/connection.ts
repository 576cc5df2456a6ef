/**
 * The one connection to the app's database, opened on first use and kept. It lets go when another
 * tab needs to upgrade or delete the database, and says so; when an older tab holds the database
 * open so that this one cannot upgrade it, it says that too, and opens once that tab lets go.
 */
import { DB_NAME, DB_VERSION, runMigrations } from './migrations';

/** Why storing or reading failed, as the browser named it (a DOMException's name and message). */
export class StorageError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }

  /** From whatever a request, a transaction or a callback failed with. */
  static from(error: unknown, fallback = 'the browser gave no reason'): StorageError {
    if (error instanceof StorageError) return error;
    if (error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException))
      return new StorageError(error.name, error.message || fallback);
    return new StorageError('UnknownError', error === null || error === undefined ? fallback : String(error));
  }

  /** "QuotaExceededError: the quota has been exceeded." */
  describe(): string {
    return `${this.name}: ${this.message}`;
  }
}

/**
 * What happened to the connection, for whoever tells the user:
 * `blocked`: an older tab holds the database open and this tab waits for it;
 * `replaced`: a newer version opened the database in another tab, so this tab stopped using it;
 * `deleted`: the database was deleted (in this tab or another), so nothing stored here remains.
 */
export type ConnectionEvent = 'blocked' | 'replaced' | 'deleted';

const listeners = new Set<(event: ConnectionEvent) => void>();
let connection: Promise<IDBDatabase> | null = null;
let replaced = false;
let blocked = false;

export function onConnectionEvent(listener: (event: ConnectionEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const emit = (event: ConnectionEvent) => listeners.forEach((listener) => listener(event));

/** Why nothing more can be stored from this tab, once a newer version has taken the database over. */
export const REPLACED = new StorageError(
  'VersionChangeError',
  'a newer version of Incident Atlas opened its storage in another tab; reload this tab to store data again',
);

/** Why a write is refused at once while an older tab holds the database open (a read waits for it instead). */
export const BLOCKED = new StorageError(
  'BlockedError',
  'Incident Atlas is open in another tab with an older version of its storage; close or reload that tab',
);

/** The connection, opened (and the database upgraded) on first use. `wait`: whether to wait while blocked. */
export function openDatabase({ wait = true } = {}): Promise<IDBDatabase> {
  if (replaced) return Promise.reject(REPLACED);
  if (blocked && !wait) return Promise.reject(BLOCKED);
  if (typeof indexedDB === 'undefined')
    return Promise.reject(new StorageError('UnknownError', 'this browser offers no IndexedDB'));
  connection ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = (event) => runMigrations(request.result, event.oldVersion);
    request.onblocked = () => {
      blocked = true;
      emit('blocked');
    };
    request.onsuccess = () => {
      blocked = false;
      const db = request.result;
      db.onversionchange = (event) => {
        db.close();
        connection = null;
        if (event.newVersion === null) emit('deleted');
        else {
          replaced = true;
          emit('replaced');
        }
      };
      // The browser closed it (the disk went away, the user cleared site data): open afresh next time.
      db.onclose = () => {
        connection = null;
      };
      resolve(db);
    };
    request.onerror = (event) => {
      event.preventDefault();
      blocked = false;
      connection = null;
      reject(StorageError.from(request.error));
    };
  });
  return connection;
}
