/**
 * Decisions on possible duplicates in storage: one record per pair in `duplicateDecisions`,
 * { key, a, b, decision, at }. Every record read back is checked; one that is not a decision is
 * left out and said to be, never acted on.
 */
import { eachRecord, readTransaction, writeTransaction } from '../transactions';
import { decisionKey, type DuplicateDecision } from '../../../data/claims/duplicateDecision';

export type { DuplicateDecision };

/** Why a stored record is not a decision, or null when it is one. */
export function decisionRecordProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'is not an object';
  const { key, a, b, decision, at } = value as Record<string, unknown>;
  if (typeof a !== 'string' || typeof b !== 'string' || !a || !b || a === b) return 'does not name two incidents';
  if (key !== decisionKey(a, b)) return `(${a}, ${b}) has a key that is not the pair's`;
  if (decision !== 'merged' && decision !== 'apart')
    return `(${key}) has an unknown decision ${JSON.stringify(decision)}`;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return `(${key}) has no valid time`;
  return null;
}

export function putDecision(record: DuplicateDecision): Promise<void> {
  return writeTransaction(['duplicateDecisions'], (tx) => {
    tx.objectStore('duplicateDecisions').put(record);
  });
}

export function readAllDecisions(): Promise<{ decisions: DuplicateDecision[]; problems: string[] }> {
  return readTransaction(['duplicateDecisions'], (tx) => {
    const decisions: DuplicateDecision[] = [];
    const problems: string[] = [];
    eachRecord(tx.objectStore('duplicateDecisions'), null, (_, value) => {
      const problem = decisionRecordProblem(value);
      if (problem) problems.push(`a stored duplicate decision ${problem}`);
      else decisions.push(value as DuplicateDecision);
    });
    return () => ({ decisions, problems });
  });
}
