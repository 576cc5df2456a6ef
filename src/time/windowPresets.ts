/**
 * The two windows one click away, the reporting period (where the window opens) and the whole
 * record, and what becomes of the window when the data changes under it (an import added or
 * removed). A user expects a window they never moved to keep meaning what it meant: the period
 * the articles cover, or every date, now of the data as it is; a window they set by hand stays
 * as they set it, cut to the dates the data still has, and goes back to the reporting period
 * only when none of it is left.
 */
import type { DayRange } from './extent';

/** A window one click away: the reporting period or every date in the data. */
export type WindowPreset = 'reporting' | 'record';

export interface WindowFrame {
  domain: DayRange;
  reporting: DayRange;
}

const same = (a: DayRange, b: DayRange) => a[0] === b[0] && a[1] === b[1];

/** Which preset a window is, if any; the reporting period first, since it is the default. */
export function presetOf(range: DayRange, { domain, reporting }: WindowFrame): WindowPreset | null {
  if (same(range, reporting)) return 'reporting';
  if (same(range, domain)) return 'record';
  return null;
}

/** The days a preset covers. */
export function presetRange(preset: WindowPreset, { domain, reporting }: WindowFrame): DayRange {
  return preset === 'reporting' ? reporting : domain;
}

/**
 * The window after the data changed from `before` to `after`: a preset follows the data (so a
 * window on the reporting period takes in an import's own months, and the whole record its
 * dates); a window set by hand is kept, cut to the new domain, or the reporting period once the
 * data has no day of it left (its import was removed).
 */
export function windowAfterDataChange(range: DayRange, before: WindowFrame, after: WindowFrame): DayRange {
  const preset = presetOf(range, before);
  if (preset) return presetRange(preset, after);
  const [min, max] = after.domain;
  if (range[1] < min || range[0] > max) return after.reporting;
  return [Math.max(min, range[0]), Math.min(max, range[1])];
}
