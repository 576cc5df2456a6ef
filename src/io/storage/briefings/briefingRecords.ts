/**
 * Briefings in storage: one record per briefing in `briefings`, exactly as its `.briefing.json`
 * file holds it, keyed by id. Every record read back is checked with the file validator: one
 * that is not a briefing is left out and said to be, and a step that fails is left out by name.
 */
import type { Briefing } from '../../../data/briefing/briefing';
import { describeProblem, validateBriefing } from '../../../data/briefing/validateBriefing';
import { eachRecord, readTransaction, writeTransaction } from '../transactions';

export function putBriefing(briefing: Briefing): Promise<void> {
  return writeTransaction(['briefings'], (tx) => {
    tx.objectStore('briefings').put(structuredClone(briefing));
  });
}

export function deleteStoredBriefing(id: string): Promise<void> {
  return writeTransaction(['briefings'], (tx) => {
    tx.objectStore('briefings').delete(id);
  });
}

/** A stored record, checked; the problems name the briefing and the step. */
function checked(value: unknown): { briefing: Briefing | null; problems: string[] } {
  const { briefing, problems } = validateBriefing(value);
  const title = (value as { title?: unknown } | null)?.title;
  const name = typeof title === 'string' ? `“${title.slice(0, 60)}”` : 'a stored briefing';
  return { briefing, problems: problems.map((p) => `${name}: ${describeProblem(p)}`) };
}

/** Every stored briefing that passes the check, oldest change first, and the problems of the rest. */
export function readAllBriefings(): Promise<{ briefings: Briefing[]; problems: string[] }> {
  return readTransaction(['briefings'], (tx) => {
    const briefings: Briefing[] = [];
    const problems: string[] = [];
    eachRecord(tx.objectStore('briefings'), null, (_, value) => {
      const result = checked(value);
      if (result.briefing) briefings.push(result.briefing);
      problems.push(...result.problems);
    });
    return () => ({ briefings: briefings.sort((a, b) => a.updated.localeCompare(b.updated)), problems });
  });
}

export function readBriefing(id: string): Promise<Briefing | null> {
  return readTransaction(['briefings'], (tx) => {
    const request = tx.objectStore('briefings').get(id);
    return () => (request.result === undefined ? null : checked(request.result).briefing);
  });
}
