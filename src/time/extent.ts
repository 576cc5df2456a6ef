/**
 * What stretch of days the time brush draws. The window can cover the whole record, but a
 * record with a few long background events (a city held since 2015) would squash the weeks the
 * articles actually report into a sliver. So the brush can zoom to the reporting period: the
 * calendar months in which the sources were published (the brush pads it by a day).
 */
import { DAY_MS } from '../lib/days';

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
  const a = new Date(first * DAY_MS);
  const b = new Date(last * DAY_MS);
  const monthStart = Date.UTC(a.getUTCFullYear(), a.getUTCMonth(), 1) / DAY_MS;
  const monthEnd = Date.UTC(b.getUTCFullYear(), b.getUTCMonth() + 1, 0) / DAY_MS;
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

export interface AxisTick {
  day: number;
  label: string;
}

const monthLabel = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayLabel = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * Axis ticks for an extent: days 1, 8, 15, 22 and 29 of each month when it spans up to ~10 weeks,
 * otherwise month starts, thinned so that about `maxTicks` fit.
 */
export function axisTicks([from, to]: DayRange, maxTicks = 8): AxisTick[] {
  const ticks: AxisTick[] = [];
  const weekly = to - from <= 70;
  const start = new Date(from * DAY_MS);
  for (let y = start.getUTCFullYear(), m = start.getUTCMonth(); ; m++) {
    const monthStart = Date.UTC(y, m, 1) / DAY_MS;
    if (monthStart > to) break;
    for (const date of weekly ? [1, 8, 15, 22, 29] : [1]) {
      const day = Date.UTC(y, m, date) / DAY_MS;
      if (new Date(day * DAY_MS).getUTCDate() !== date) continue; // 29 Feb in a common year
      if (day >= from && day <= to)
        ticks.push({ day, label: (weekly ? dayLabel : monthLabel).format(new Date(day * DAY_MS)) });
    }
  }
  const every = Math.max(1, Math.ceil(ticks.length / maxTicks));
  return ticks.filter((_, i) => i % every === 0);
}
