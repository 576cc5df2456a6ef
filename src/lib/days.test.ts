import { describe, expect, it } from 'vitest';
import { formatDay, formatDayRange, fromDayNumber, toDayNumber } from './days';

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
