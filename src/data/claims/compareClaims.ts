/**
 * One row of "What the sources say": for one kind of claim, which reports disagree with which,
 * and a summary. Two reports disagree when their claims cannot both be true: figures whose bounds
 * do not overlap ("as many as 40" and "41"), dates that share no day, responsibility laid on
 * actors with none in common. The conservative-value rule (written in the About panel):
 * each casualty statement counts as the number it states — its lower bound, or, when it gives
 * only an upper one ("as many as 40"), that number; the most conservative value is the lowest of
 * these, and the range runs from the lowest number stated to the highest.
 */
import type { Claim, ClaimKind, Report } from './types';

export interface RowComparison {
  kind: ClaimKind;
  /** For each report key with claims of this kind, the keys of the reports it disagrees with. */
  disagreements: Map<string, string[]>;
  /** Number of reports that make a claim of this kind. */
  claimed: number;
  /** killed/wounded: lowest and highest number stated, and the most conservative value. */
  low?: number;
  high?: number;
  conservative?: number;
  /** date: the first and last day any report allows. */
  start?: string;
  end?: string;
  /** responsibility: every actor id named, in order of first mention. */
  actors?: string[];
}

type Interval = [number, number];

/** The bounds a figure states: "as many as 40" is [0, 40]; "more than 40" (min 41) is [41, ∞]. */
export const figureBounds = (c: Pick<Claim, 'min' | 'max'>): Interval => [c.min ?? 0, c.max ?? Infinity];

/** The number a statement counts as under the conservative-value rule, if it states one. */
export const statedNumber = (c: Pick<Claim, 'min' | 'max'>): number | undefined => c.min ?? c.max;

const overlaps = (a: Interval, b: Interval) => a[0] <= b[1] && b[0] <= a[1];

function compatible(kind: ClaimKind, a: Claim[], b: Claim[]): boolean {
  if (kind === 'killed' || kind === 'wounded')
    return a.every((x) => b.every((y) => overlaps(figureBounds(x), figureBounds(y))));
  if (kind === 'date')
    return a.every((x) => b.every((y) => x.start! <= (y.end ?? y.start!) && y.start! <= (x.end ?? x.start!)));
  if (kind === 'responsibility') {
    const named = new Set(a.flatMap((c) => c.actors ?? []));
    return b.some((c) => (c.actors ?? []).some((id) => named.has(id)));
  }
  // Places are named at different detail ("Sabratha", "Qasr Talil district"): not compared.
  return true;
}

export function compareClaims(reports: Report[], kind: ClaimKind): RowComparison {
  const making = reports.filter((r) => (r.claims[kind]?.length ?? 0) > 0);
  const disagreements = new Map<string, string[]>(making.map((r) => [r.key, []]));
  for (const a of making)
    for (const b of making)
      if (a !== b && !compatible(kind, a.claims[kind]!, b.claims[kind]!)) disagreements.get(a.key)!.push(b.key);

  const claims = making.flatMap((r) => r.claims[kind]!);
  const row: RowComparison = { kind, disagreements, claimed: making.length };
  if (kind === 'killed' || kind === 'wounded') {
    const numbers = claims.flatMap((c) => [c.min, c.max]).filter((n): n is number => n !== undefined);
    const stated = claims.map(statedNumber).filter((n): n is number => n !== undefined);
    if (numbers.length > 0) Object.assign(row, { low: Math.min(...numbers), high: Math.max(...numbers) });
    if (stated.length > 0) row.conservative = Math.min(...stated);
  } else if (kind === 'date' && claims.length > 0) {
    row.start = claims.map((c) => c.start!).sort()[0];
    row.end = claims
      .map((c) => c.end ?? c.start!)
      .sort()
      .at(-1);
  } else if (kind === 'responsibility') {
    row.actors = [...new Set(claims.flatMap((c) => c.actors ?? []))];
  }
  return row;
}
