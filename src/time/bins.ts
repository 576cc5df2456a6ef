/**
 * Calendar units for the bars of the histogram (and the brush's PageUp/PageDown step): a day, a
 * week (from Monday), a month, a year, a decade or a century. A drawn span gets the finest unit
 * that gives at most MAX_BINS bars, so the bars of a year of reporting are days and those of a
 * thousand years are years, and the histogram's arrays stay small whatever the span.
 */
import { calendarOf, dayOf, daysInMonth } from '../lib/days';

export type BinUnit = 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';
export const BIN_UNITS: readonly BinUnit[] = ['day', 'week', 'month', 'year', 'decade', 'century'];
/** About one bar a pixel on a wide screen: 3.3 years of days, 23 of weeks, 100 of months, 1,200 of years. */
export const MAX_BINS = 1200;

const YEARS_OF: Partial<Record<BinUnit, number>> = { year: 1, decade: 10, century: 100 };
/** 1970-01-01, day 0, was a Thursday: day 4 is a Monday. */
const MONDAY = 4;

/** The first day of the unit that holds `day`. */
export function unitStart(day: number, unit: BinUnit): number {
  if (unit === 'day') return day;
  if (unit === 'week') return day - ((((day - MONDAY) % 7) + 7) % 7);
  const { year, month } = calendarOf(day);
  if (unit === 'month') return dayOf(year, month, 1);
  const years = YEARS_OF[unit]!;
  return dayOf(Math.floor(year / years) * years, 1, 1);
}

/** `day` moved by `n` units; a month or a year on keeps the day of the month (31 Jan + 1 month is 28 or 29 Feb). */
export function addUnits(day: number, unit: BinUnit, n: number): number {
  if (unit === 'day') return day + n;
  if (unit === 'week') return day + 7 * n;
  const { year, month, day: date } = calendarOf(day);
  const months = year * 12 + (month - 1) + n * (unit === 'month' ? 1 : 12 * YEARS_OF[unit]!);
  const [y, m] = [Math.floor(months / 12), (((months % 12) + 12) % 12) + 1];
  return dayOf(y, m, Math.min(date, daysInMonth(y, m)));
}

/** How many bars of `unit` the days from..to (inclusive) touch. */
export function binCount([from, to]: [number, number], unit: BinUnit): number {
  if (unit === 'day') return to - from + 1;
  if (unit === 'week') return (unitStart(to, 'week') - unitStart(from, 'week')) / 7 + 1;
  const a = calendarOf(from);
  const b = calendarOf(to);
  if (unit === 'month') return (b.year - a.year) * 12 + (b.month - a.month) + 1;
  const years = YEARS_OF[unit]!;
  return Math.floor(b.year / years) - Math.floor(a.year / years) + 1;
}

/** The finest unit that draws from..to in at most `maxBins` bars (centuries for anything longer). */
export function binUnitFor(range: [number, number], maxBins = MAX_BINS): BinUnit {
  return BIN_UNITS.find((unit) => binCount(range, unit) <= maxBins) ?? 'century';
}

/**
 * The bars' edges: bar i covers the days edges[i] to edges[i + 1] − 1. Inner edges are the starts
 * of calendar units; the first and last bars are clipped to from..to.
 */
export function binEdges([from, to]: [number, number], unit: BinUnit): Int32Array {
  const edges = new Int32Array(binCount([from, to], unit) + 1);
  edges[0] = from;
  for (let i = 1, start = unitStart(from, unit); i < edges.length - 1; i++) {
    start = addUnits(start, unit, 1);
    edges[i] = start;
  }
  edges[edges.length - 1] = to + 1;
  return edges;
}
