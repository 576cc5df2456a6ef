import { describe, expect, it } from 'vitest';
import { upperBound } from './upperBound';

describe('upperBound', () => {
  it.each([
    // sorted, value, first index whose value is > value
    [[], 0, 0],
    [[], -5, 0],
    [[7], 6, 0],
    [[7], 7, 1],
    [[7], 8, 1],
    [[4, 4, 4, 4], 3, 0],
    [[4, 4, 4, 4], 4, 4],
    [[4, 4, 4, 4], 5, 4],
    [[0, 10, 12, 20], -1, 0], // before the first
    [[0, 10, 12, 20], 0, 1],
    [[0, 10, 12, 20], 11, 2], // between two values
    [[0, 10, 12, 20], 12, 3],
    [[0, 10, 12, 20], 20, 4],
    [[0, 10, 12, 20], 99, 4], // after the last
    [[5, 5, 40, 41, 90], 5, 2], // past a run of equal values
    [[-30, -2, -2, 0], -2, 3],
  ])('in %j, the first value above %i is at %i', (sorted, value, expected) => {
    expect(upperBound(sorted, value)).toBe(expected);
  });

  it('reads typed arrays the same as plain ones', () => {
    expect(upperBound(Int32Array.from([1, 3, 3, 9]), 3)).toBe(3);
  });

  it('agrees with a linear scan on every value around a table with repeats', () => {
    const sorted = [-3, -3, 0, 1, 1, 1, 4, 8, 8, 13];
    for (let v = -5; v <= 15; v++) {
      const scan = sorted.findIndex((x) => x > v);
      expect(upperBound(sorted, v)).toBe(scan === -1 ? sorted.length : scan);
    }
  });
});
