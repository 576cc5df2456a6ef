import { describe, expect, it } from 'vitest';
import { countAntimeridianJumps, labelPoint } from './labelPoint';

describe('labelPoint', () => {
  it('labels the largest part of a multipolygon', () => {
    const small = [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]];
    const large = [[[10, 10], [20, 10], [20, 20], [10, 20], [10, 10]]];
    const [lng, lat] = labelPoint({ type: 'MultiPolygon', coordinates: [small, large] });
    expect(lng).toBeGreaterThan(10);
    expect(lat).toBeGreaterThan(10);
  });
});

describe('labelPoint across the antimeridian', () => {
  it('skips a part that wraps across ±180°', () => {
    const wrapping = [[[179, -20], [-179, -20], [-179, -10], [179, -10], [179, -20]]];
    const plain = [[[177, -19], [178, -19], [178, -18], [177, -18], [177, -19]]];
    const [lng] = labelPoint({ type: 'MultiPolygon', coordinates: [wrapping, plain] });
    expect(lng).toBeGreaterThan(177);
  });
});

describe('countAntimeridianJumps', () => {
  it('counts a ring that wraps from +179 to -179', () => {
    expect(countAntimeridianJumps([[[179, 0], [-179, 0], [-179, 1], [179, 1], [179, 0]]])).toBe(2);
  });
  it('finds none in a ring split at the antimeridian', () => {
    expect(countAntimeridianJumps([[[179, 0], [180, 0], [180, 1], [179, 1], [179, 0]]])).toBe(0);
  });
});
