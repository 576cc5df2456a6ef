/**
 * Dates as whole UTC day numbers (days since 1970-01-01). Every incident date is a calendar day,
 * so day numbers are exact, cheap to compare, and fit in a Uint16/Uint32.
 */
export const DAY_MS = 86_400_000;

export function toDayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
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
