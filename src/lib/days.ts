/**
 * Dates as whole UTC day numbers (days since 1970-01-01). Every incident date is a calendar day,
 * so day numbers are exact and cheap to compare. Calendar arithmetic goes through dayOf, never
 * Date.UTC or new Date(y, m, d): those read the years 0–99 as 1900–1999.
 */
export const DAY_MS = 86_400_000;

/**
 * The day number of a calendar date (month 1–12; days and months past the end roll over, as Date's
 * do), right for every year. Integer arithmetic (H. Hinnant's days_from_civil): a restore of 100,000
 * incidents works out hundreds of thousands of these on the main thread.
 */
export function dayOf(year: number, month: number, day: number): number {
  const y = year + Math.floor((month - 1) / 12) - (mod12(month) < 2 ? 1 : 0);
  const m = mod12(month);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m < 2 ? m + 10 : m - 2) + 2) / 5);
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy + day - 1 - 719468;
}
/** A month 1–12 (or beyond, rolling over) as 0–11. */
const mod12 = (month: number) => (((month - 1) % 12) + 12) % 12;

/** Days in a month (1–12) of the proleptic Gregorian calendar: 29 in February of the year 0, 28 in 1900. */
export const daysInMonth = (year: number, month: number): number => dayOf(year, month + 1, 1) - dayOf(year, month, 1);

/** The calendar date of a day number, month 1–12. */
export function calendarOf(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** "2016-02-19" → its day number; NaN for text that is not written YYYY-MM-DD. */
export function toDayNumber(isoDate: string): number {
  if (isoDate.length !== 10 || isoDate.charCodeAt(4) !== 45 || isoDate.charCodeAt(7) !== 45) return NaN;
  const year = digits(isoDate, 0, 4);
  const month = digits(isoDate, 5, 7);
  const day = digits(isoDate, 8, 10);
  return year < 0 || month < 0 || day < 0 ? NaN : dayOf(year, month, day);
}
/** The number written by the ASCII digits from `from` to `to`, or -1 when one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * A day number → "YYYY-MM-DD". Years 0–9999 by integer arithmetic (H. Hinnant's civil_from_days),
 * several times faster than formatting a Date (an import formats millions); other years as the
 * first ten characters of what Date writes ("+010000-12").
 */
export function fromDayNumber(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const date = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (!(year >= 0 && year <= 9999)) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
}

const longFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "19 Feb 2016" */
export function formatDay(day: number): string {
  return longFormat.format(new Date(day * DAY_MS));
}

/** "19 Feb" */
export function formatDayShort(day: number): string {
  return shortFormat.format(new Date(day * DAY_MS));
}

/** "19–23 Feb 2016", "30 Jan – 2 Feb 2016", or one day. */
export function formatDayRange(start: number, end: number): string {
  if (start === end) return formatDay(start);
  const a = new Date(start * DAY_MS);
  const b = new Date(end * DAY_MS);
  if (a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth()) {
    return `${a.getUTCDate()}–${formatDay(end)}`;
  }
  if (a.getUTCFullYear() === b.getUTCFullYear()) return `${formatDayShort(start)} – ${formatDay(end)}`;
  return `${formatDay(start)} – ${formatDay(end)}`;
}
