import { describe, expect, it } from 'vitest';
import { advanceWindow, nextEventDay, shiftWindow, stepToNextEvent, type Range } from './window';

const domain: Range = [0, 100];

describe('advanceWindow', () => {
  it.each([
    [[10, 20], 1, 'sliding', [11, 21]],
    [[10, 20], 5, 'sliding', [15, 25]],
    [[90, 98], 5, 'sliding', [92, 100]],
    [[90, 100], 1, 'sliding', [0, 10]],
    [[0, 20], 1, 'cumulative', [0, 21]],
    [[0, 100], 3, 'cumulative', [0, 3]],
  ] as const)('moves %j by %i (%s) to %j', (range, step, mode, expected) => {
    expect(advanceWindow([range[0], range[1]], domain, step, mode)).toEqual(expected);
  });
});

describe('stepping to the next day with incidents', () => {
  const starts = [5, 5, 40, 41, 90];
  it('skips empty stretches', () => {
    expect(nextEventDay(starts, 5)).toBe(40);
    expect(nextEventDay(starts, 0)).toBe(5);
    expect(nextEventDay(starts, 90)).toBeUndefined();
    expect(stepToNextEvent([0, 5], domain, starts, 'sliding')).toEqual([35, 40]);
    expect(stepToNextEvent([0, 41], domain, starts, 'cumulative')).toEqual([0, 90]);
  });
  it('wraps to the start after the last incident', () => {
    expect(stepToNextEvent([85, 90], domain, starts, 'sliding')).toEqual([0, 5]);
  });
});

describe('shiftWindow', () => {
  it('keeps the width and the domain', () => {
    expect(shiftWindow([10, 20], domain, 7)).toEqual([17, 27]);
    expect(shiftWindow([10, 20], domain, -50)).toEqual([0, 10]);
    expect(shiftWindow([10, 20], domain, 500)).toEqual([90, 100]);
  });
});
