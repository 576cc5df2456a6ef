import { describe, expect, it } from 'vitest';
import { boundsOf } from './bounds';
import { uncertaintyCircle } from './uncertaintyCircle';
import { kmBetween } from './countries';

describe('boundsOf', () => {
  it('spans every point', () => {
    expect(
      boundsOf([
        [12.48, 32.79],
        [16.59, 31.2],
        [47.7, 30.38],
      ]),
    ).toEqual([12.48, 30.38, 47.7, 32.79]);
  });
  it('is null for no points', () => {
    expect(boundsOf([])).toBeNull();
  });
});

describe('uncertaintyCircle', () => {
  it('draws a ring at the given radius', () => {
    const ring = uncertaintyCircle([12.48, 32.79], 8).geometry.coordinates[0];
    expect(ring).toHaveLength(65);
    for (const vertex of ring) expect(kmBetween([12.48, 32.79], vertex as [number, number])).toBeCloseTo(8, 1);
  });
});
