/**
 * Reading one cell: numbers with a decimal point or comma, and dates written YYYY-MM-DD, YYYY-MM or
 * with the month in English words ("15 January 2024", "5 Feb 2016", as ACLED's export tool writes them).
 * A date is read as written, whatever its year; the schema then holds it to the years the atlas
 * accepts (dateBounds.ts), so the reason names the date and the bound.
 */
import type { DatePrecision } from '../vocabulary';
import { daysInMonth, fromDayNumber, toDayNumber } from '../../lib/days';

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

const show = (raw: string) => `"${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}"`;

/** "32.79", "32,79" (a decimal comma) and " -7 " are numbers; "1,234.5", "32°" and "" are not. */
export function readNumber(raw: string): Read<number> {
  const text = raw.trim();
  const normalised = /^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
  if (!/^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(normalised))
    return { ok: false, reason: `${show(raw)} is not a number` };
  return { ok: true, value: Number(normalised) };
}

const MONTHS_LONG = 'january february march april may june july august september october november december'.split(' ');
const MONTHS = MONTHS_LONG.map((m) => m.slice(0, 3));

export interface ReadDate {
  start: string;
  end?: string;
  precision: DatePrecision;
}

/** A date as the schema wants it, or a reason that tells the analyst how to write it. */
export function readDate(raw: string): Read<ReadDate> {
  const text = raw.trim();
  const day = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (day) {
    const iso = `${day[1]}-${day[2]}-${day[3]}`;
    const real = fromDayNumber(toDayNumber(iso)) === iso;
    if (!real) return { ok: false, reason: `${show(raw)} is not a real calendar date` };
    return { ok: true, value: { start: iso, precision: 'day' } };
  }
  const long = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(text);
  const monthNumber = long ? MONTHS.indexOf(long[2].slice(0, 3).toLowerCase()) + 1 : 0;
  if (long && monthNumber > 0 && MONTHS_LONG[monthNumber - 1].startsWith(long[2].toLowerCase())) {
    const read = readDate(`${long[3]}-${String(monthNumber).padStart(2, '0')}-${long[1].padStart(2, '0')}`);
    return read.ok ? read : { ok: false, reason: `${show(raw)} is not a real calendar date` };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    const end = daysInMonth(Number(month[1]), Number(month[2]));
    return {
      ok: true,
      value: { start: `${text}-01`, end: `${text}-${String(end).padStart(2, '0')}`, precision: 'month' },
    };
  }
  if (/^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(text)) {
    return { ok: false, reason: `${show(raw)} could be read day-first or month-first; write it as YYYY-MM-DD` };
  }
  return {
    ok: false,
    reason: text ? `${show(raw)} is not a date; write it as YYYY-MM-DD (or YYYY-MM for a month)` : 'is empty',
  };
}
