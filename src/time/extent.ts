/**
 * What stretch of days the time brush draws. The window can cover the whole record, but a
 * record with a few long background events (a city held since 2015) would squash the weeks the
 * articles actually report into a sliver. So the brush can zoom to the reporting period: the
 * calendar months in which the sources were published (the brush pads it by a day).
 */
import { calendarOf, dayOf, DAY_MS } from '../lib/days';

export type DayRange = [number, number];
export type TimelineZoom = 'reporting' | 'record';

/** The calendar months spanning the first and last report days, clipped to the domain. */
export function reportingPeriod(reportedDays: ArrayLike<number>, domain: DayRange): DayRange {
  if (reportedDays.length === 0) return domain;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < reportedDays.length; i++) {
    first = Math.min(first, reportedDays[i]);
    last = Math.max(last, reportedDays[i]);
  }
  const a = calendarOf(first);
  const b = calendarOf(last);
  const monthStart = dayOf(a.year, a.month, 1);
  const monthEnd = dayOf(b.year, b.month + 1, 0);
  const from = Math.max(domain[0], monthStart);
  const to = Math.min(domain[1], monthEnd);
  return from <= to ? [from, to] : domain;
}

/** The brush's extent for a zoom: the reporting period padded by a day (within the domain), or the record. */
export function timelineExtent(zoom: TimelineZoom, domain: DayRange, [from, to]: DayRange): DayRange {
  return zoom === 'reporting' ? [Math.max(domain[0], from - 1), Math.min(domain[1], to + 1)] : domain;
}

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Feb 2016", or "Dec 2015 – Feb 2016". */
export function monthsLabel([from, to]: DayRange): string {
  const a = monthYear.format(new Date(from * DAY_MS));
  const b = monthYear.format(new Date(to * DAY_MS));
  return a === b ? a : `${a} – ${b}`;
}

/** Where a day sits on a brush of `width` pixels, and whether it lies beyond either end. */
export function placeOnExtent(day: number, [from, to]: DayRange, width: number): { x: number; beyond: -1 | 0 | 1 } {
  const span = Math.max(1, to - from);
  if (day < from) return { x: 0, beyond: -1 };
  if (day > to) return { x: width, beyond: 1 };
  return { x: ((day - from) / span) * width, beyond: 0 };
}

/** The day under a pixel of the brush, clamped to the extent. */
export function dayAtPixel(x: number, [from, to]: DayRange, width: number): number {
  const fraction = Math.max(0, Math.min(1, width > 0 ? x / width : 0));
  return Math.round(from + fraction * (to - from));
}

/** Whether a span lies within one calendar year: then a date on it can go without its year ("19 Feb"). */
export function withinOneYear([from, to]: DayRange): boolean {
  return calendarOf(from).year === calendarOf(to).year;
}

export interface AxisTick {
  day: number;
  label: string;
}

const monthLabel = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayLabel = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const MONTH_STEPS = [1, 2, 3, 6];
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];

/**
 * Axis ticks for an extent, at most `maxTicks` of them: days 1, 8, 15, 22 and 29 of each month
 * when it spans up to ~10 weeks ("8 Feb"); else month starts every 1, 2, 3 or 6 months ("Jan
 * 2016"), the finest that fits; else 1 January of every 1, 2, 5, 10, 20, 50, 100… years ("1700").
 */
export function axisTicks([from, to]: DayRange, maxTicks = 8): AxisTick[] {
  if (to - from <= 70) return weekTicks([from, to], maxTicks);
  const a = calendarOf(from);
  const b = calendarOf(to);
  const months = (b.year - a.year) * 12 + b.month - a.month + 1;
  for (const step of MONTH_STEPS) {
    if (months / step > maxTicks + 1) continue;
    const ticks: AxisTick[] = [];
    for (let m = a.month - 1; m <= (b.year - a.year) * 12 + b.month - 1; m++) {
      const day = dayOf(a.year, m + 1, 1);
      if (m % step === 0 && day >= from && day <= to)
        ticks.push({ day, label: monthLabel.format(new Date(day * DAY_MS)) });
    }
    if (ticks.length <= maxTicks) return ticks;
  }
  const firstYear = dayOf(a.year, 1, 1) < from ? a.year + 1 : a.year;
  const step = YEAR_STEPS.find((s) => (b.year - Math.ceil(firstYear / s) * s) / s + 1 <= maxTicks) ?? 10_000;
  const ticks: AxisTick[] = [];
  for (let year = Math.ceil(firstYear / step) * step; year <= b.year; year += step)
    ticks.push({ day: dayOf(year, 1, 1), label: String(year) });
  return ticks;
}

/** Days 1, 8, 15, 22 and 29 of each month in the extent, thinned so that about `maxTicks` fit. */
function weekTicks([from, to]: DayRange, maxTicks: number): AxisTick[] {
  const ticks: AxisTick[] = [];
  const start = calendarOf(from);
  for (let m = start.month; dayOf(start.year, m, 1) <= to; m++) {
    for (const date of [1, 8, 15, 22, 29]) {
      const day = dayOf(start.year, m, date);
      if (calendarOf(day).day !== date) continue; // 29 Feb in a common year
      if (day >= from && day <= to) ticks.push({ day, label: dayLabel.format(new Date(day * DAY_MS)) });
    }
  }
  const every = Math.max(1, Math.ceil(ticks.length / maxTicks));
  return ticks.filter((_, i) => i % every === 0);
}
