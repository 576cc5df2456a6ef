/**
 * Calendar arithmetic on YYYY-MM-DD strings, in UTC so that no time zone moves a day, and the
 * words the date resolver writes into a basis ("Friday 19 Feb 2016").
 */

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const DAY_MS = 86_400_000;

export interface Ymd {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export function parseYmd(iso: string): Ymd {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}

export function formatYmd({ year, month, day }: Ymd): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toTime(iso: string): number {
  const { year, month, day } = parseYmd(iso);
  return Date.UTC(year, month - 1, day);
}

function fromTime(time: number): string {
  const d = new Date(time);
  return formatYmd({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

export function addDays(iso: string, days: number): string {
  return fromTime(toTime(iso) + days * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday */
export function weekdayOf(iso: string): number {
  return new Date(toTime(iso)).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Year and month shifted by `delta` months (month 1–12). */
export function shiftMonth(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function firstOfMonth(year: number, month: number): string {
  return formatYmd({ year, month, day: 1 });
}

export function lastOfMonth(year: number, month: number): string {
  return formatYmd({ year, month, day: daysInMonth(year, month) });
}

/** True for a real calendar date. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The Monday on or before the date (weeks run Monday–Sunday, as in the dataset). */
export function mondayOf(iso: string): string {
  return addDays(iso, -((weekdayOf(iso) + 6) % 7));
}

/** "19 Feb 2016" */
export function shortDate(iso: string): string {
  const { year, month, day } = parseYmd(iso);
  return `${day} ${MONTHS[month - 1].slice(0, 3)} ${year}`;
}

/** "Friday 19 Feb 2016" */
export function longDate(iso: string): string {
  return `${WEEKDAYS[weekdayOf(iso)]} ${shortDate(iso)}`;
}

/** "January 2016" */
export function monthName(year: number, month: number): string {
  return `${MONTHS[month - 1]} ${year}`;
}

export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
