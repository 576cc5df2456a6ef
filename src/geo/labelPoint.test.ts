import { describe, expect, it } from 'vitest';
import { countAntimeridianJumps, labelPoint } from './labelPoint';

describe('labelPoint', () => {
  it('labels the largest part of a multipolygon', () => {
    const small = [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ];
    const large = [
      [
        [10, 10],
        [20, 10],
        [20, 20],
        [10, 20],
        [10, 10],
      ],
    ];
    const [lng, lat] = labelPoint({ type: 'MultiPolygon', coordinates: [small, large] });
    expect(lng).toBeGreaterThan(10);
    expect(lat).toBeGreaterThan(10);
  });
});

describe('labelPoint across the antimeridian', () => {
  it('labels a part that wraps across ±180° near ±180°, not at 0°', () => {
    const wrapping = [
      [
        [170, -20],
        [-170, -20],
        [-170, -10],
        [170, -10],
        [170, -20],
      ],
    ];
    const small = [
      [
        [10, 0],
        [11, 0],
        [11, 1],
        [10, 1],
        [10, 0],
      ],
    ];
    const [lng, lat] = labelPoint({ type: 'MultiPolygon', coordinates: [wrapping, small] });
    expect(Math.abs(lng)).toBeGreaterThan(175);
    expect(lat).toBeCloseTo(-15, 0);
  });
});

describe('countAntimeridianJumps', () => {
  it('counts a ring that wraps from +179 to -179', () => {
    expect(
      countAntimeridianJumps([
        [
          [179, 0],
          [-179, 0],
          [-179, 1],
          [179, 1],
          [179, 0],
        ],
      ]),
    ).toBe(2);
  });
  it('finds none in a ring split at the antimeridian', () => {
    expect(
      countAntimeridianJumps([
        [
          [179, 0],
          [180, 0],
          [180, 1],
          [179, 1],
          [179, 0],
        ],
      ]),
    ).toBe(0);
  });
});
