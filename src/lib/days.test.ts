import { describe, expect, it } from 'vitest';
import { calendarOf, dayOf, daysInMonth, formatDay, formatDayRange, fromDayNumber, toDayNumber } from './days';

describe('day numbers', () => {
  it('round-trips a date', () => {
    expect(fromDayNumber(toDayNumber('2016-02-19'))).toBe('2016-02-19');
    expect(toDayNumber('1970-01-02')).toBe(1);
  });
  it.each([
    [['2016-02-19', '2016-02-19'], '19 Feb 2016'],
    [['2016-02-19', '2016-02-23'], '19–23 Feb 2016'],
    [['2016-01-30', '2016-02-02'], '30 Jan – 2 Feb 2016'],
    [['2015-12-02', '2016-02-02'], '2 Dec 2015 – 2 Feb 2016'],
  ])('formats %j as %s', ([a, b], text) => {
    expect(formatDayRange(toDayNumber(a), toDayNumber(b))).toBe(text);
  });
  it('formats one day', () => {
    expect(formatDay(toDayNumber('2016-02-02'))).toBe('2 Feb 2016');
  });
});

describe('calendar days in every year, 0–99 included', () => {
  // Date.UTC(50, 0, 1) is 1 Jan 1950: JavaScript reads years 0–99 as 1900–1999. dayOf must not.
  it.each([
    [0, 1, 1, '0000-01-01'],
    [50, 3, 1, '0050-03-01'],
    [99, 12, 31, '0099-12-31'],
    [1000, 1, 1, '1000-01-01'],
    [1700, 6, 1, '1700-06-01'],
    [2016, 2, 29, '2016-02-29'],
  ])('day %i-%i-%i is %s', (year, month, date, iso) => {
    expect(fromDayNumber(dayOf(year, month, date))).toBe(iso);
    expect(toDayNumber(iso)).toBe(dayOf(year, month, date));
  });
  it('knows the leap years of the proleptic Gregorian calendar, year 0 among them (1900 is not one)', () => {
    expect(daysInMonth(0, 2)).toBe(29);
    expect(daysInMonth(4, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2016, 12)).toBe(31);
  });
  it('reads the year, month and day of a day number back', () => {
    expect(calendarOf(dayOf(50, 3, 1))).toEqual({ year: 50, month: 3, day: 1 });
    expect(calendarOf(toDayNumber('1700-06-01'))).toEqual({ year: 1700, month: 6, day: 1 });
  });
});

describe('day numbers by arithmetic', () => {
  it('dayOf agrees with Date for every year 0–10100, rolling months and days over as Date does', () => {
    const byDate = (y: number, m: number, d: number) => {
      const date = new Date(0);
      date.setUTCFullYear(y, m - 1, d);
      return Math.floor(date.getTime() / 86_400_000);
    };
    for (let y = -3; y <= 10100; y += 1)
      for (const [m, d] of [
        [1, 1],
        [2, 29],
        [3, 1],
        [12, 31],
        [0, 0],
        [13, 1],
        [-11, 40],
        [25, -3],
        [7, 15],
      ])
        if (dayOf(y, m, d) !== byDate(y, m, d)) expect([y, m, d, dayOf(y, m, d)]).toEqual([y, m, d, byDate(y, m, d)]);
  });
  it('toDayNumber reads only YYYY-MM-DD, and rolls impossible days over so that they do not round-trip', () => {
    for (const bad of ['2016-2-19', '2016/02/19', ' 2016-02-19', '2016-02-1x', '２０１６-02-19', '', '+02016-02-19'])
      expect(toDayNumber(bad)).toBeNaN();
    expect(fromDayNumber(toDayNumber('2016-02-30'))).toBe('2016-03-01');
    expect(fromDayNumber(toDayNumber('2015-13-01'))).toBe('2016-01-01');
    expect(toDayNumber('0000-01-01')).toBe(dayOf(0, 1, 1));
  });

  it('writes every day from 1900 to 2100, and every fifth day from year 0 to 10001, exactly as Date did', () => {
    const asDate = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
    const check = (day: number) => fromDayNumber(day) === asDate(day) || expect(fromDayNumber(day)).toBe(asDate(day));
    for (let day = dayOf(1900, 1, 1); day <= dayOf(2100, 12, 31); day++) check(day);
    for (let day = dayOf(0, 1, 1); day <= dayOf(10001, 1, 1); day += 5) check(day);
    expect(fromDayNumber(dayOf(9999, 12, 31))).toBe('9999-12-31');
  });
});
