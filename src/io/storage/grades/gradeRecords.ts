/**
 * Grade overrides in storage: one record per incident in `grades`, { id, history }, the whole
 * history written at once. Every record read back is checked: one that is not a history of
 * grades with reasons is left out and said to be, never shown as a verdict.
 */
import { GRADES, type GradeOverride } from '../../../data/claims/grade';
import { eachRecord, readTransaction, writeTransaction } from '../transactions';

export interface StoredGrades {
  id: string;
  history: GradeOverride[];
}

const MAX_REASON = 1000;

/** Why a stored record is not a grade history, or null when it is one. */
export function gradeRecordProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'is not an object';
  const { id, history } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id === '') return 'has no incident id';
  if (!Array.isArray(history)) return `(${id}) has no history list`;
  for (const [n, entry] of history.entries()) {
    const { grade, reason, at } = (entry ?? {}) as Record<string, unknown>;
    const where = `(${id}) entry ${n + 1}`;
    if (grade !== null && !GRADES.includes(grade as never))
      return `${where} has an unknown grade ${JSON.stringify(grade)}`;
    if (typeof reason !== 'string' || !reason.trim() || reason.length > MAX_REASON)
      return `${where} needs a reason of 1–${MAX_REASON} characters`;
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return `${where} has no valid time`;
  }
  return null;
}

export function putGrades(record: StoredGrades): Promise<void> {
  return writeTransaction(['grades'], (tx) => {
    tx.objectStore('grades').put(record);
  });
}

/** Every stored record, split into the histories that pass the check and the problems of the others. */
export function readAllGrades(): Promise<{ histories: Record<string, GradeOverride[]>; problems: string[] }> {
  return readTransaction(['grades'], (tx) => {
    const histories: Record<string, GradeOverride[]> = {};
    const problems: string[] = [];
    eachRecord(tx.objectStore('grades'), null, (_, value) => {
      const problem = gradeRecordProblem(value);
      if (problem) problems.push(`a stored grade record ${problem}`);
      else histories[(value as StoredGrades).id] = (value as StoredGrades).history;
    });
    return () => ({ histories, problems });
  });
}

export function readGrades(id: string): Promise<StoredGrades | null> {
  return readTransaction(['grades'], (tx) => {
    const request = tx.objectStore('grades').get(id);
    return () => (gradeRecordProblem(request.result) ? null : (request.result as StoredGrades));
  });
}
