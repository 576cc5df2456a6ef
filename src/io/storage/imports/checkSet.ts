/**
 * The description of a stored set (name, file name, ring colour, dates, counts) checked field
 * by field. The table has one check for every field of ImportedSet, so a field added to the type
 * does not type-check until it is checked here too: nothing in a stored set reaches the page unchecked.
 */
import type { ImportedSet } from '../../../store/types';

/** A plain object as storage gives one back: not null, not an array, no class of its own. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

const text = (what: string) => (value: unknown) => (typeof value === 'string' ? null : `its ${what} is not text`);

/** Each check returns why the field is wrong, or null. `stored` and `notSavedReason` are decided afresh on restore. */
const SET_FIELDS: { [K in keyof Required<ImportedSet>]: (value: unknown) => string | null } = {
  id: (value) =>
    typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? null : 'its id is not lower-case words',
  name: (value) => (typeof value === 'string' && value.trim() ? null : 'its name is not text'),
  fileName: text('file name'),
  colour: (value) =>
    typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value) ? null : 'its ring colour is not a #rrggbb colour',
  importedAt: (value) =>
    typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? null : 'its import date is not a date',
  count: (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 ? null : 'its count is not a number',
  stored: () => null,
  notSavedReason: () => null,
};

/** The set, checked and with only its known fields; or why it cannot be used. */
export function checkSet(value: unknown, key: IDBValidKey): ImportedSet | string {
  if (!isPlainObject(value)) return 'it has no description of its set';
  for (const [field, check] of Object.entries(SET_FIELDS)) {
    const problem = check(value[field]);
    if (problem) return problem;
  }
  if (value.id !== key) return 'its id does not match the key it is stored under';
  const { id, name, fileName, colour, importedAt, count } = value as unknown as ImportedSet;
  return { id, name, fileName, colour, importedAt, count, stored: true };
}

/** What to call a stored record in a message: its set's name when that is text, otherwise its key. */
export function nameOf(key: IDBValidKey, head: unknown): string {
  const name = isPlainObject(head) && isPlainObject(head.set) ? head.set.name : undefined;
  if (typeof name === 'string' && name.trim()) return name;
  return typeof key === 'string' ? key : JSON.stringify(key);
}
