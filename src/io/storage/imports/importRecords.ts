/**
 * Imported datasets in storage. A dataset is one record in `imports`, its head ({ set, parts }),
 * and its incidents and sources in `importChunks`, at most 1,000 incidents a part, so that
 * neither storing nor reading it is one long task. Version 1 of the app stored everything in the
 * head ({ set, features, sources }); such records are read as they are, then stored again in
 * parts (rewriteInParts). A dataset is written and
 * deleted whole, in one transaction: storage never holds half of one.
 */
import type { IncidentFeature } from '../../../data/schema';
import type { ImportedSet, ImportedSource } from '../../../store/types';
import { eachRecord, readTransaction, writeTransaction } from '../transactions';

/** What the importer hands over to be stored. */
export interface StoredImport {
  set: ImportedSet;
  features: IncidentFeature[];
  sources: Record<string, ImportedSource>;
}

/** A record as storage holds it, unchecked: its key, its head and (for the parted layout) its parts in order. */
export interface RawImport {
  key: IDBValidKey;
  head: unknown;
  parts: unknown[];
}

export const PART_SIZE = 1000;

const partsOf = (id: string) => IDBKeyRange.bound([id, 0], [id, Infinity]);

/** The head and the parts of a dataset: the sources are spread over the parts as evenly as the incidents. */
export function splitIntoParts({ set, features, sources }: StoredImport) {
  const count = Math.max(1, Math.ceil(features.length / PART_SIZE));
  const entries = Object.entries(sources);
  const perPart = Math.ceil(entries.length / count);
  const parts = Array.from({ length: count }, (_, n) => ({
    features: features.slice(n * PART_SIZE, (n + 1) * PART_SIZE),
    sources: Object.fromEntries(entries.slice(n * perPart, (n + 1) * perPart)),
  }));
  const stored: ImportedSet = { ...set, stored: true };
  delete stored.notSavedReason;
  return { head: { set: stored, layout: 2, parts: count }, parts };
}

/**
 * Store a new dataset. `add`, not `put`: a dataset id already in storage fails the write rather
 * than overwrite another dataset. Each part is put from the previous one's success callback, so
 * their copying into storage is spread over separate tasks. Resolves once committed.
 */
export function putImport(record: StoredImport): Promise<void> {
  const { head, parts } = splitIntoParts(record);
  return writeTransaction(['imports', 'importChunks'], (tx) => {
    tx.objectStore('imports').add(head).onsuccess = () => putPartsInTurn(tx, record.set.id, parts);
  });
}

/** Put the parts one after the other, each from the previous one's success callback. */
function putPartsInTurn(tx: IDBTransaction, id: string, parts: unknown[], n = 0): void {
  if (n < parts.length)
    tx.objectStore('importChunks').put(parts[n], [id, n]).onsuccess = () => putPartsInTurn(tx, id, parts, n + 1);
}

/**
 * A record of version 1 (everything in its head), stored again in parts, so that the next start
 * does not read it in one long task. It is checked in the same transaction that it is still
 * stored as version 1: a record another tab has since replaced or deleted is left alone.
 */
export function rewriteInParts(record: StoredImport): Promise<void> {
  const { head, parts } = splitIntoParts(record);
  return writeTransaction(['imports', 'importChunks'], (tx) => {
    const imports = tx.objectStore('imports');
    // Keys only (reading the record again would be the long task this avoids): a head without parts is version 1's.
    const stored = imports.getKey(record.set.id);
    const firstPart = tx.objectStore('importChunks').getKey(partsOf(record.set.id));
    firstPart.onsuccess = () => {
      if (stored.result !== undefined && firstPart.result === undefined)
        imports.put(head).onsuccess = () => putPartsInTurn(tx, record.set.id, parts);
    };
  });
}

/** Delete a dataset, its head and all its parts, in one transaction. */
export function deleteImport(key: IDBValidKey): Promise<void> {
  return writeTransaction(['imports', 'importChunks'], (tx) => {
    tx.objectStore('imports').delete(key);
    if (typeof key === 'string') tx.objectStore('importChunks').delete(partsOf(key));
  });
}

/** Every head, with its key. */
export function readHeads(): Promise<Array<{ key: IDBValidKey; head: unknown }>> {
  return readTransaction(['imports'], (tx) => {
    const heads: Array<{ key: IDBValidKey; head: unknown }> = [];
    eachRecord(tx.objectStore('imports'), null, (key, head) => heads.push({ key, head }));
    return () => heads;
  });
}

/** The parts stored for a dataset, in order, read one success event at a time. */
export function readParts(key: IDBValidKey): Promise<unknown[]> {
  if (typeof key !== 'string') return Promise.resolve([]);
  return readTransaction(['importChunks'], (tx) => {
    const parts: unknown[] = [];
    eachRecord(tx.objectStore('importChunks'), partsOf(key), (_, part) => parts.push(part));
    return () => parts;
  });
}

/** One dataset as stored, head and parts from one snapshot; null when there is none under that key. */
export function readImport(key: IDBValidKey): Promise<RawImport | null> {
  return readTransaction(['imports', 'importChunks'], (tx) => {
    let head: unknown;
    const parts: unknown[] = [];
    const request = tx.objectStore('imports').get(key);
    request.onsuccess = () => (head = request.result);
    if (typeof key === 'string') eachRecord(tx.objectStore('importChunks'), partsOf(key), (_, p) => parts.push(p));
    return () => (head === undefined ? null : { key, head, parts });
  });
}
