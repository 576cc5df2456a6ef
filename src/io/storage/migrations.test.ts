import { describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS, runMigrations, type UpgradingDatabase } from './migrations';

/** A database as the upgrade transaction sees it: the stores it has, and the ones a migration creates. */
function databaseWith(stores: string[]) {
  const created: Array<[string, IDBObjectStoreParameters | undefined]> = [];
  const db: UpgradingDatabase = {
    objectStoreNames: { contains: (name) => stores.includes(name) || created.some(([n]) => n === name) },
    createObjectStore: (name, options) => created.push([name, options]),
  };
  return { db, created };
}

describe('migrations of the incident-atlas database', () => {
  it('upgrade a version 1 database (imports keyed by set.id) by adding stores, leaving imports and its records alone', () => {
    const { db, created } = databaseWith(['imports']);
    runMigrations(db, 1);
    expect(created).toEqual([
      ['importChunks', undefined],
      ['meta', undefined],
      ['articles', { keyPath: 'article.id' }],
      ['grades', { keyPath: 'id' }],
      ['edits', { keyPath: 'id' }],
      ['briefings', { keyPath: 'id' }],
      ['duplicateDecisions', { keyPath: 'key' }],
    ]);
  });

  it('upgrade a version 2 database by adding the articles store, keyed by article.id, then grades', () => {
    const { db, created } = databaseWith(['imports', 'importChunks', 'meta']);
    runMigrations(db, 2);
    expect(created).toEqual([
      ['articles', { keyPath: 'article.id' }],
      ['grades', { keyPath: 'id' }],
      ['edits', { keyPath: 'id' }],
      ['briefings', { keyPath: 'id' }],
      ['duplicateDecisions', { keyPath: 'key' }],
    ]);
  });

  it('upgrade a version 3 database by adding the grades store, then edits', () => {
    const { db, created } = databaseWith(['imports', 'importChunks', 'meta', 'articles']);
    runMigrations(db, 3);
    expect(created).toEqual([
      ['grades', { keyPath: 'id' }],
      ['edits', { keyPath: 'id' }],
      ['briefings', { keyPath: 'id' }],
      ['duplicateDecisions', { keyPath: 'key' }],
    ]);
  });

  it('lay out a new database from the first version on, imports keyed by set.id as version 1 had it', () => {
    const { db, created } = databaseWith([]);
    runMigrations(db, 0);
    expect(created).toEqual([
      ['imports', { keyPath: 'set.id' }],
      ['importChunks', undefined],
      ['meta', undefined],
      ['articles', { keyPath: 'article.id' }],
      ['grades', { keyPath: 'id' }],
      ['edits', { keyPath: 'id' }],
      ['briefings', { keyPath: 'id' }],
      ['duplicateDecisions', { keyPath: 'key' }],
    ]);
  });

  it('upgrade a version 4 database by adding the edits store, then briefings', () => {
    const { db, created } = databaseWith(['imports', 'importChunks', 'meta', 'articles', 'grades']);
    runMigrations(db, 4);
    expect(created).toEqual([
      ['edits', { keyPath: 'id' }],
      ['briefings', { keyPath: 'id' }],
      ['duplicateDecisions', { keyPath: 'key' }],
    ]);
  });

  it('leave an up-to-date database as it is', () => {
    const { db, created } = databaseWith([
      'imports',
      'importChunks',
      'meta',
      'articles',
      'grades',
      'edits',
      'briefings',
      'duplicateDecisions',
    ]);
    runMigrations(db, DB_VERSION);
    expect(created).toEqual([]);
  });

  it('are numbered 1, 2, 3… with no gap, and the database opens at the last', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(DB_VERSION).toBe(MIGRATIONS.length);
  });

  it('upgrade a version 5 database by adding the briefings store, then duplicateDecisions keyed by key', () => {
    const { db, created } = databaseWith(['imports', 'importChunks', 'meta', 'articles', 'grades', 'edits']);
    runMigrations(db, 5);
    expect(created).toEqual([
      ['briefings', { keyPath: 'id' }],
      ['duplicateDecisions', { keyPath: 'key' }],
    ]);
  });
});
