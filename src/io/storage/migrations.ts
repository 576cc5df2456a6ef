/**
 * The layout of the app's one IndexedDB database, `incident-atlas`, as an ordered list of
 * migrations. Opening runs every migration newer than the version found, in order, inside the
 * browser's upgrade transaction, so a database from any earlier version arrives at the newest
 * layout with its records. A migration only adds: it never drops a store that holds records.
 * Another part of the app deletes the whole database by this name ("Clear stored data").
 */

export const DB_NAME = 'incident-atlas';

/** Every object store, by name. Articles, edits, briefings and basemaps add theirs here, each with a migration. */
export type StoreName =
  'imports' | 'importChunks' | 'meta' | 'articles' | 'grades' | 'edits' | 'briefings' | 'duplicateDecisions';

/** The parts of IndexedDB a migration uses: enough to test the order of migrations without a browser. */
export interface UpgradingDatabase {
  objectStoreNames: { contains(name: string): boolean };
  createObjectStore(name: string, options?: IDBObjectStoreParameters): unknown;
}

export interface Migration {
  /** What each version adds is written in the comment above it: for the record, not shipped as text. */
  version: number;
  upgrade: (db: UpgradingDatabase) => void;
}

const createStore = (db: UpgradingDatabase, name: StoreName, options?: IDBObjectStoreParameters) => {
  if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, options);
};

export const MIGRATIONS: readonly Migration[] = [
  /**
   * imports: one record per imported dataset, { set, features, sources }, keyed by set.id
   */
  {
    version: 1,
    upgrade: (db) => createStore(db, 'imports', { keyPath: 'set.id' }),
  },
  /**
   * importChunks: the incidents and sources of an import in parts of at most 1,000, keyed [set
   * id, part], so that none is read in one long task; meta: small facts about storage itself,
   * keyed by name. Records of version 1 (features inline) stay as they are and are read as
   * before.
   */
  {
    version: 2,
    upgrade: (db) => {
      createStore(db, 'importChunks');
      createStore(db, 'meta');
    },
  },
  /**
   * articles: one record per article the user added, { article (text, SHA-256, metadata),
   * accepted incidents, decisions on its drafts }, keyed by article.id.
   */
  {
    version: 3,
    upgrade: (db) => createStore(db, 'articles', { keyPath: 'article.id' }),
  },
  /**
   * grades: the grade overrides of one incident, { id, history: [{ grade, reason, at }] }, keyed
   * by id
   */
  {
    version: 4,
    upgrade: (db) => createStore(db, 'grades', { keyPath: 'id' }),
  },
  /**
   * edits: the local edit of one incident and its change log, { id, patch (the fields changed,
   * or null), log: [{ at, action, summary }] }, keyed by id. The incident as loaded (data/, an
   * import, an article) is never rewritten.
   */
  {
    version: 5,
    upgrade: (db) => createStore(db, 'edits', { keyPath: 'id' }),
  },
  /**
   * briefings: one record per briefing, as its .briefing.json file holds it, keyed by id
   */
  {
    version: 6,
    upgrade: (db) => createStore(db, 'briefings', { keyPath: 'id' }),
  },
  /**
   * duplicateDecisions: what the analyst decided about a possible duplicate pair, { key:
   * "idA|idB", a, b, decision: merged | apart, at }, keyed by key
   */
  {
    version: 7,
    upgrade: (db) => createStore(db, 'duplicateDecisions', { keyPath: 'key' }),
  },
];

export const DB_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Run, in order, every migration newer than `oldVersion`. */
export function runMigrations(db: UpgradingDatabase, oldVersion: number, migrations = MIGRATIONS): void {
  for (const migration of migrations) if (migration.version > oldVersion) migration.upgrade(db);
}
