/** What the analyst decided about a pair of possible duplicates: one event (merged) or two (kept apart). */

export type DuplicateDecisionKind = 'merged' | 'apart';
export interface DuplicateDecision {
  /** `${a}|${b}` with the ids in alphabetical order, whichever was kept. */
  key: string;
  /** For a merge, `a` is the incident kept and `b` the one shown within it. */
  a: string;
  b: string;
  decision: DuplicateDecisionKind;
  /** ISO date-time it was made. */
  at: string;
}

export const decisionKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
