/**
 * Local edits in storage: one record per incident in `edits` (migration 5), { id, patch, log },
 * written whole in one transaction that resolves once committed. Read back, a record is checked
 * (checkEditRecord): storage can hold what this version never wrote.
 */
import type { ChangeEntry, EditRecord } from '../../../data/history/incidentPatch';
import { eachRecord, readTransaction, writeTransaction } from '../transactions';

export function putEdit(record: EditRecord): Promise<void> {
  return writeTransaction(['edits'], (tx) => {
    tx.objectStore('edits').put(record);
  });
}

/** Every stored record, unchecked. */
export function readEdits(): Promise<unknown[]> {
  return readTransaction(['edits'], (tx) => {
    const all: unknown[] = [];
    eachRecord(tx.objectStore('edits'), null, (_key, value) => all.push(value));
    return () => all;
  });
}

export function readEdit(id: string): Promise<unknown> {
  return readTransaction(['edits'], (tx) => {
    const request = tx.objectStore('edits').get(id);
    return () => request.result as unknown;
  });
}

const ACTIONS: ReadonlySet<ChangeEntry['action']> = new Set(['edit', 'accept', 'reject', 'undo', 'redo', 'revert']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A stored record checked, its patch by `checkFields` (the schema's): the record, or what is wrong with it. */
export function checkEditRecord(
  value: unknown,
  checkFields: (patch: unknown) => { field: string; reason: string } | null,
): EditRecord | string {
  if (!isObject(value) || typeof value.id !== 'string' || !value.id) return 'the record has no incident id';
  if (value.patch !== null && !isObject(value.patch)) return `the edit of ${value.id} is not a set of fields`;
  const wrong = value.patch === null ? null : checkFields(value.patch);
  if (wrong) return `the edit of ${value.id} has ${wrong.field} that ${wrong.reason}`;
  if (!Array.isArray(value.log)) return `the change log of ${value.id} is not a list`;
  const log = value.log.filter(
    (e): e is ChangeEntry =>
      isObject(e) &&
      typeof e.at === 'string' &&
      typeof e.summary === 'string' &&
      ACTIONS.has(e.action as ChangeEntry['action']),
  );
  return { id: value.id, patch: (value.patch ?? null) as EditRecord['patch'], log };
}
