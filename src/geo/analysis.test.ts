import { describe, expect, it } from 'vitest';
import {
  boxFromCorners,
  compassBearing,
  compassName,
  distanceToLineKm,
  insidePolygon,
  measurePath,
  within,
} from './analysis';

const SABRATHA: [number, number] = [12.4842, 32.7922];
const SIRTE: [number, number] = [16.5886, 31.205];

/** Haversine on a sphere of radius 6371.0088 km (turf's), written out independently. */
function haversineKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const r = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(r(lat2 - lat1) / 2) ** 2 + Math.cos(r(lat1)) * Math.cos(r(lat2)) * Math.sin(r(lon2 - lon1) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

describe('measurePath', () => {
  it('measures Sabratha to Sirte as the great-circle distance, in km and miles, heading east-southeast', () => {
    const m = measurePath([SABRATHA, SIRTE]);
    expect(m.km).toBeCloseTo(haversineKm(SABRATHA, SIRTE), 6);
    expect(m.km).toBeGreaterThan(420);
    expect(m.km).toBeLessThan(430);
    expect(m.miles).toBeCloseTo(m.km / 1.609344, 6);
    expect(compassName(m.legs[0].bearing)).toBe('east-southeast');
  });
  it('adds up the legs of a longer path', () => {
    const m = measurePath([SABRATHA, [14, 32], SIRTE]);
    expect(m.legs).toHaveLength(2);
    expect(m.km).toBeCloseTo(m.legs[0].km + m.legs[1].km, 9);
  });
  it('is zero for a single point', () => {
    expect(measurePath([SABRATHA]).km).toBe(0);
  });
});

describe('compass', () => {
  it.each([
    [0, 'north'],
    [45, 'northeast'],
    [225, 'southwest'],
    [350, 'north'],
    [-90, 'west'],
    [292.5, 'west-northwest'],
  ] as const)('%i° is %s', (deg, name) => {
    expect(compassName(deg)).toBe(name);
  });
  it.each([
    ['southwest', 225],
    ['south-west', 225],
    ['South West'.replace(' ', ''), 225],
    ['north', 0],
    ['northnortheast', 22.5],
    ['nowhere', undefined],
  ] as const)('%s is %s°', (word, deg) => {
    expect(compassBearing(word)).toBe(deg);
  });
});

describe('within', () => {
  const places = [
    { id: 'a', at: SABRATHA },
    { id: 'b', at: [12.45, 32.79] as [number, number] },
    { id: 'c', at: SIRTE },
  ];
  it('lists what lies within the radius, nearest first', () => {
    expect(within(SABRATHA, places, 50, (p) => p.at).map((n) => n.item.id)).toEqual(['a', 'b']);
    expect(within(SABRATHA, places, 500, (p) => p.at).map((n) => n.item.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('area selection', () => {
  it('keeps what is inside a box drawn from any two corners', () => {
    const items = [{ at: [1, 1] as [number, number] }, { at: [5, 5] as [number, number] }];
    expect(insidePolygon(items, boxFromCorners([2, 2], [0, 0]), (i) => i.at)).toEqual([items[0]]);
  });
});

describe('distanceToLineKm', () => {
  it('is zero on the line and about 111 km a degree of latitude off it', () => {
    expect(
      distanceToLineKm(
        [0.5, 0],
        [
          [0, 0],
          [1, 0],
        ],
      ),
    ).toBeCloseTo(0, 6);
    expect(
      distanceToLineKm(
        [0.5, 1],
        [
          [0, 0],
          [1, 0],
        ],
      ),
    ).toBeCloseTo(111.2, 0);
  });
});
