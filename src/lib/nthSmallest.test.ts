import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianOf, nthSmallest } from './nthSmallest';

describe('the k-th smallest value', () => {
  it('fuzz: is what sorting gives, with repeats, negatives and zeros of both signs', () => {
    const value = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true, min: -1e6, max: 1e6 }));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 60 }), fc.nat(), (values, at) => {
        const k = at % values.length;
        const sorted = Float64Array.from(values).sort();
        expect(nthSmallest(values, k) + 0).toBe(sorted[k] + 0); // + 0: −0 and 0 are the same median
      }),
    );
  });

  it('leaves the values in their order, and takes the median of an even count as the mean of the middle two', () => {
    const values = [9, 1, 8, 2];
    expect(medianOf(values)).toBe(5);
    expect(values).toEqual([9, 1, 8, 2]);
    expect(() => nthSmallest([], 0)).toThrow(RangeError);
  });
});
