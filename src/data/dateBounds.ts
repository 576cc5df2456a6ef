/**
 * The years this atlas accepts a date in: from 1 January 1000 to ten years from today. One rule for
 * every date field (start, end, reported) of every dataset, bundled or imported, checked in the
 * schema. Before 1000 the record is no longer "incidents reported in the news" (and 0000-01-01 is
 * what a spreadsheet writes for a missing date); more than ten years ahead is a typing slip. The
 * time machinery works over any span inside these bounds (about 376,000 days).
 *
 * The latest day follows the current date (worked out again when the day changes), so a
 * long-running tab and the tests (which set the clock) see the same rule.
 */
import { calendarOf, dayOf, DAY_MS, daysInMonth, fromDayNumber } from '../lib/days';

export const EARLIEST_YEAR = 1000;
/** Ten, as the messages say. */
export const YEARS_AHEAD = 10;

export interface DateBounds {
  /** The first day accepted, YYYY-MM-DD. */
  earliest: string;
  /** The last day accepted, YYYY-MM-DD: ten years from `today`. */
  latest: string;
}

let lastBounds: { dayNumber: number; bounds: DateBounds } | null = null;

/** The bounds as of `today` (the current date unless given); the same object all day (an import checks millions of dates). */
export function dateBounds(today: Date = new Date()): DateBounds {
  const dayNumber = Math.floor(today.getTime() / DAY_MS);
  if (lastBounds?.dayNumber !== dayNumber) lastBounds = { dayNumber, bounds: boundsOn(dayNumber) };
  return lastBounds.bounds;
}

function boundsOn(dayNumber: number): DateBounds {
  const { year, month, day } = calendarOf(dayNumber);
  const later = year + YEARS_AHEAD;
  // 29 February ten years on may not exist: the bound is then the last day of that February.
  const latest = dayOf(later, month, Math.min(day, daysInMonth(later, month)));
  return { earliest: fromDayNumber(dayOf(EARLIEST_YEAR, 1, 1)), latest: fromDayNumber(latest) };
}

/**
 * Why a date (YYYY-MM-DD, a real calendar day) is outside the bounds, naming it and the bound, or
 * null when it is inside. Four-digit ISO dates compare as text in calendar order.
 */
export function dateOutOfBounds(isoDate: string, bounds: DateBounds = dateBounds()): string | null {
  if (isoDate < bounds.earliest)
    return `${isoDate} is before the year ${EARLIEST_YEAR}, the earliest this atlas accepts`;
  if (isoDate > bounds.latest)
    return `${isoDate} is after ${bounds.latest}, ten years from today, the latest this atlas accepts`;
  return null;
}
