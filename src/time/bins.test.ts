import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addUnits, binCount, binEdges, binUnitFor, BIN_UNITS, MAX_BINS, unitStart } from './bins';
import { dayOf, fromDayNumber, toDayNumber as d } from '../lib/days';

describe('calendar units', () => {
  it.each([
    ['2016-02-19', 'week', '2016-02-15'],
    ['2016-02-15', 'week', '2016-02-15'],
    ['2016-02-19', 'month', '2016-02-01'],
    ['1700-06-01', 'year', '1700-01-01'],
    ['1709-12-31', 'decade', '1700-01-01'],
    ['2016-02-19', 'century', '2000-01-01'],
  ] as const)('%s starts its %s on %s', (day, unit, start) => {
    expect(fromDayNumber(unitStart(d(day), unit))).toBe(start);
  });

  it.each([
    ['2016-02-19', 'day', 1, '2016-02-20'],
    ['2016-02-19', 'week', -1, '2016-02-12'],
    ['2016-01-31', 'month', 1, '2016-02-29'],
    ['2016-02-29', 'year', 1, '2017-02-28'],
    ['1800-03-10', 'year', -2, '1798-03-10'],
    ['1700-06-01', 'century', 3, '2000-06-01'],
  ] as const)('%s + %s × %i is %s', (day, unit, n, expected) => {
    expect(fromDayNumber(addUnits(d(day), unit, n))).toBe(expected);
  });

  it('works in the years 0–99 as in any other', () => {
    const parsed = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000; // right for four-digit years
    expect(unitStart(parsed('0050-07-04'), 'year')).toBe(parsed('0050-01-01'));
    expect(addUnits(parsed('0050-07-04'), 'year', 1)).toBe(parsed('0051-07-04'));
    expect(binCount([parsed('0000-01-01'), parsed('0099-12-31')], 'year')).toBe(100);
  });
});

describe('the bars of a span', () => {
  it('are the finest unit that fits in MAX_BINS bars', () => {
    expect(binUnitFor([d('2016-01-31'), d('2016-03-01')])).toBe('day');
    expect(binUnitFor([d('2000-01-01'), d('2016-12-31')])).toBe('week');
    expect(binUnitFor([d('1950-01-01'), d('2016-12-31')])).toBe('month');
    expect(binUnitFor([d('1000-01-01'), d('2036-12-31')])).toBe('year');
    expect(binCount([d('1000-01-01'), d('2036-12-31')], 'year')).toBe(1037);
  });

  it('cover every day of any span once, on unit starts, in at most MAX_BINS bars', () => {
    const from = d('1000-01-01');
    const to = d('2036-12-31');
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), fc.integer({ min: 0, max: to - from }), (a, length) => {
        const range: [number, number] = [a, Math.min(to, a + length)];
        const unit = binUnitFor(range);
        const edges = binEdges(range, unit);
        const ascending = edges.every((edge, i) => i === 0 || edge > edges[i - 1]);
        const onUnitStarts = edges.every(
          (edge, i) => i === 0 || i === edges.length - 1 || unitStart(edge, unit) === edge,
        );
        return (
          edges.length - 1 <= MAX_BINS &&
          edges[0] === range[0] &&
          edges[edges.length - 1] === range[1] + 1 &&
          ascending &&
          onUnitStarts
        );
      }),
      { numRuns: 200 },
    );
  });

  it('has a unit for every span, the longest included', () => {
    expect(BIN_UNITS).toContain(binUnitFor([dayOf(0, 1, 1), dayOf(9999, 12, 31)]));
    expect(binUnitFor([dayOf(0, 1, 1), dayOf(9999, 12, 31)])).toBe('decade');
  });
});
