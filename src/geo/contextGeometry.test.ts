import { describe, expect, it } from 'vitest';
import { corridor, disc, routeThrough } from './contextGeometry';
import { kmBetween } from './countries';
import { distanceToLineKm } from './analysis';

describe('context geometry', () => {
  it('routes through every given town, in order', () => {
    const towns: Array<[number, number]> = [
      [37.7859, 35.3692],
      [37.49722, 35.78333],
      [37.16, 36.2],
    ];
    const route = routeThrough(towns);
    expect(route.geometry.coordinates).toEqual(towns);
    for (const town of towns)
      expect(distanceToLineKm(town, route.geometry.coordinates as Array<[number, number]>)).toBeLessThan(0.01);
  });

  it('refuses a route of one point', () => {
    expect(() => routeThrough([[0, 0]])).toThrow();
  });

  it('draws a corridor about the stated width either side of the line', () => {
    const shape = corridor(
      [
        [18.3503, 30.6294],
        [18.56611, 30.47889],
      ],
      8,
    );
    expect(shape.geometry.type).toBe('Polygon');
    const ring = (shape.geometry.coordinates as number[][][])[0] as Array<[number, number]>;
    const line: Array<[number, number]> = [
      [18.3503, 30.6294],
      [18.56611, 30.47889],
    ];
    for (const vertex of ring) expect(distanceToLineKm(vertex, line)).toBeCloseTo(8, 0);
  });

  it('draws a disc of the stated radius', () => {
    const ring = disc([40.15, 35.3333], 6).geometry.coordinates[0] as Array<[number, number]>;
    for (const vertex of ring) expect(kmBetween([40.15, 35.3333], vertex)).toBeCloseTo(6, 1);
  });
});
