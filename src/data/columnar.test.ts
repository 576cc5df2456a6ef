import { describe, expect, it } from 'vitest';
import { buildColumns, bytesPerIncident, mercatorX, mercatorY } from './columnar';
import { gpuKeeps } from './gpuKeepRule';
import { matchesWindow } from './timeIndex';
import { CATEGORIES, LOCATION_PRECISIONS } from './vocabulary';
import { dateBounds } from './dateBounds';
import { toDayNumber as day } from '../lib/days';

const item = (startDay: number, endDay: number, lng = 0, lat = 0) => ({
  lngLat: [lng, lat] as [number, number],
  startDay,
  endDay,
  category: 'attack' as const,
  precision: 'city' as const,
});

describe('columnar incidents', () => {
  it('sorts by start day, keeps each row traceable to its incident, and stores days from the first', () => {
    const c = buildColumns([item(16_850, 16_860), item(16_800, 16_801), item(16_830, 16_830)]);
    expect(Array.from(c.order)).toEqual([1, 2, 0]);
    expect(c.dayOrigin).toBe(16_800);
    expect(Array.from(c.start)).toEqual([0, 30, 50]);
    expect(Array.from(c.end)).toEqual([1, 30, 60]);
    expect(Array.from(c.category)).toEqual([1, 1, 1].map(() => CATEGORIES.indexOf('attack')));
    expect(Array.from(c.precision)).toEqual([1, 1, 1].map(() => LOCATION_PRECISIONS.indexOf('city')));
  });

  it('projects to Web Mercator as maplibre does', () => {
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorY(0)).toBeCloseTo(0.5, 10);
    expect(mercatorX(12.48)).toBeCloseTo(0.534667, 5);
    expect(mercatorY(85.051129)).toBeCloseTo(0, 6);
  });

  it('costs 22 bytes an incident', () => {
    expect(bytesPerIncident(buildColumns(Array.from({ length: 100 }, (_, i) => item(i, i + 1))))).toBe(22);
  });

  it('holds a row of 1700 among rows of 2016 (115,318 days, beyond 16 bits), every day exact', () => {
    const c = buildColumns([item(day('2016-02-19'), day('2016-02-23')), item(day('1700-06-01'), day('1700-06-01'))]);
    expect(c.dayOrigin).toBe(day('1700-06-01'));
    expect(Array.from(c.start)).toEqual([0, 115_314]);
    expect(Array.from(c.end)).toEqual([0, 115_318]);
  });

  it('holds every span the atlas accepts, 1 January 1000 to ten years from today, exactly', () => {
    const { earliest, latest } = dateBounds();
    const days = [day(earliest), day('1000-01-02'), day('1700-06-01'), day('2016-02-19'), day(latest)];
    const c = buildColumns(days.map((d) => item(d, d)));
    expect(Array.from(c.start, (offset) => offset + c.dayOrigin)).toEqual(days);
    expect(Array.from(c.end, (offset) => offset + c.dayOrigin)).toEqual(days);
  });
});

describe('the GPU window test mirrors the CPU one', () => {
  // start, end, from, to: every way a span can sit against a window.
  const CASES: Array<[number, number, number, number]> = [
    [5, 5, 5, 5],
    [5, 5, 6, 9],
    [5, 5, 0, 4],
    [3, 7, 5, 9],
    [3, 7, 0, 4],
    [3, 7, 4, 6],
    [3, 7, 3, 7],
    [3, 7, 8, 9],
    [0, 100, 40, 41],
    [10, 12, 12, 20],
    [10, 12, 0, 10],
  ];
  it.each(CASES)('span %i–%i against window %i–%i', (start, end, from, to) => {
    for (const contained of [false, true]) {
      expect(gpuKeeps(start, end, { from, to, contained })).toBe(
        matchesWindow(start, end, [from, to], contained ? 'contained' : 'overlaps'),
      );
    }
  });

  it.each(CASES)(
    'span %i–%i against window %i–%i: a point whose other filters (category, actor, search, area) fail is never kept',
    (start, end, from, to) => {
      for (const contained of [false, true]) {
        expect(gpuKeeps(start, end, { from, to, contained }, 0)).toBe(false);
        expect(gpuKeeps(start, end, { from, to, contained }, 1)).toBe(gpuKeeps(start, end, { from, to, contained }));
      }
    },
  );
});

describe('columnar incidents at scale', () => {
  it('builds a million rows (no argument-spreading limits)', () => {
    const items = Array.from({ length: 1_000_000 }, (_, i) => item(16_801 + (i % 366), 16_801 + (i % 366) + (i % 3)));
    const c = buildColumns(items);
    expect(c.count).toBe(1_000_000);
    expect(c.end[c.count - 1]).toBeGreaterThanOrEqual(c.start[c.count - 1]);
  });
});
