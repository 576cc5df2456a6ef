/**
 * A time index over incidents sorted by start day: the visible set for a window in
 * O(log N + k) by binary search on start days, under either rule for imprecise dates:
 *   - "overlaps": shown if any day of the incident's span falls in the window (the default);
 *   - "contained": shown only if its whole span lies inside the window.
 */
import { upperBound } from '../lib/upperBound';

export type MatchRule = 'overlaps' | 'contained';

export interface TimeIndex {
  /** Start days, ascending (the incidents' own order). */
  starts: Int32Array;
  ends: Int32Array;
  /** The longest span in days, which bounds how far back an overlapping incident can start. */
  maxSpan: number;
}

export function buildTimeIndex(spans: ReadonlyArray<{ startDay: number; endDay: number }>): TimeIndex {
  const starts = new Int32Array(spans.length);
  const ends = new Int32Array(spans.length);
  let maxSpan = 0;
  spans.forEach((s, i) => {
    if (i > 0 && s.startDay < spans[i - 1].startDay) throw new Error('buildTimeIndex needs spans sorted by start day');
    starts[i] = s.startDay;
    ends[i] = s.endDay;
    maxSpan = Math.max(maxSpan, s.endDay - s.startDay);
  });
  return { starts, ends, maxSpan };
}

/** First index whose start day is ≥ day: start days are whole, so the first one above ⌈day⌉ − 1. */
export function lowerBound(sorted: Int32Array, day: number): number {
  return upperBound(sorted, Math.ceil(day) - 1);
}

export function matchesWindow(
  startDay: number,
  endDay: number,
  [from, to]: [number, number],
  rule: MatchRule,
): boolean {
  return rule === 'contained' ? startDay >= from && endDay <= to : startDay <= to && endDay >= from;
}

/** Indices of the incidents shown in [from, to]. */
export function visibleIndices(index: TimeIndex, [from, to]: [number, number], rule: MatchRule): number[] {
  const firstCandidate =
    rule === 'contained' ? lowerBound(index.starts, from) : lowerBound(index.starts, from - index.maxSpan);
  const pastLast = upperBound(index.starts, to);
  const out: number[] = [];
  for (let i = firstCandidate; i < pastLast; i++) {
    if (matchesWindow(index.starts[i], index.ends[i], [from, to], rule)) out.push(i);
  }
  return out;
}
