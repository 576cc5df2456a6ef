import { describe, expect, it } from 'vitest';
import { buildTimeIndex, lowerBound, matchesWindow, visibleIndices } from './timeIndex';

// day numbers: a strike on 10, a week 12-18, a siege 0-30, an event on 20
const spans = [
  { startDay: 0, endDay: 30 },
  { startDay: 10, endDay: 10 },
  { startDay: 12, endDay: 18 },
  { startDay: 20, endDay: 20 },
];
const index = buildTimeIndex(spans);

describe('matchesWindow', () => {
  it.each([
    // [start, end], window, overlaps, contained
    [[10, 10], [10, 10], true, true],
    [[10, 10], [11, 20], false, false],
    [[12, 18], [15, 25], true, false],
    [[12, 18], [12, 18], true, true],
    [[12, 18], [19, 25], false, false],
    [[0, 30], [14, 14], true, false],
  ] as const)('span %j in window %j: overlaps %s, contained %s', (span, window, overlaps, contained) => {
    expect(matchesWindow(span[0], span[1], [window[0], window[1]], 'overlaps')).toBe(overlaps);
    expect(matchesWindow(span[0], span[1], [window[0], window[1]], 'contained')).toBe(contained);
  });
});

describe('visibleIndices', () => {
  it('finds what overlaps a window, including a long siege that began before it', () => {
    expect(visibleIndices(index, [15, 16], 'overlaps')).toEqual([0, 2]);
  });
  it('keeps only whole spans under the contained rule', () => {
    expect(visibleIndices(index, [9, 21], 'contained')).toEqual([1, 2, 3]);
  });
  it('agrees with a plain filter on every window', () => {
    for (let from = -2; from < 33; from++) {
      for (let to = from; to < 33; to++) {
        for (const rule of ['overlaps', 'contained'] as const) {
          const expected = spans.flatMap((s, i) => (matchesWindow(s.startDay, s.endDay, [from, to], rule) ? [i] : []));
          expect(visibleIndices(index, [from, to], rule)).toEqual(expected);
        }
      }
    }
  });
});

describe('lowerBound', () => {
  it('finds the first start at or after a day', () => {
    expect(lowerBound(index.starts, 11)).toBe(2);
    expect(lowerBound(index.starts, -5)).toBe(0);
    expect(lowerBound(index.starts, 99)).toBe(4);
  });
  it('finds the first start at a day that has one, and handles no starts or only equal starts', () => {
    expect(lowerBound(index.starts, 10)).toBe(1);
    expect(lowerBound(new Int32Array(0), 3)).toBe(0);
    expect(lowerBound(Int32Array.from([4, 4, 4]), 4)).toBe(0);
    expect(lowerBound(Int32Array.from([4, 4, 4]), 5)).toBe(3);
  });
});
