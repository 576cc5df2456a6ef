import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceKm } from './analysis';
import { parseIncidents } from '../data/parseIncidents';
import { toDayNumber as day } from '../lib/days';
import { concentrationBox, insideBox, outsideBox } from './startView';

const { incidents } = parseIncidents(JSON.parse(readFileSync('data/incidents.geojson', 'utf8')));
const FEB_2016: [number, number] = [day('2016-01-31'), day('2016-03-01')];
const PLACES: Record<string, [number, number]> = {
  Sabratha: [12.48, 32.79],
  Sirte: [16.59, 31.2],
  Aleppo: [37.16, 36.2],
  'Deir al-Zor': [40.14, 35.33],
  Zubair: [47.7, 30.39],
};

describe('the start view', () => {
  const box = concentrationBox(incidents, FEB_2016)!;

  it('frames Libya, Syria and Iraq, not the Atlantic', () => {
    for (const [name, at] of Object.entries(PLACES)) expect(insideBox(at, box), name).toBe(true);
    expect(box[0]).toBeGreaterThan(-60);
  });

  it('lists what it leaves out, and that includes San Bernardino', () => {
    const elsewhere = outsideBox(incidents, box);
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(elsewhere.length).toBeLessThan(incidents.length / 5);
    expect(elsewhere.some((i) => /San Bernardino|California/.test(i.feature.properties.where.name))).toBe(true);
    expect(elsewhere.every((i) => !insideBox(i.lngLat, box))).toBe(true);
  });

  it('frames every incident when they all sit together, and nothing when there is none', () => {
    const libya = incidents.filter((i) => i.feature.properties.where.country === 'LY');
    const libyaBox = concentrationBox(libya, null, 1)!;
    expect(outsideBox(libya, libyaBox)).toEqual([]);
    expect(concentrationBox([], FEB_2016)).toBeNull();
  });

  it('uses every incident when none falls in the period', () => {
    expect(concentrationBox(incidents, [day('1990-01-01'), day('1990-02-01')])).not.toBeNull();
  });
});

/** The rule as first written: sort every incident by distance and take the first 90%. */
function boxBySorting(pool: Array<{ lngLat: [number, number] }>, share = 0.9) {
  const median = (v: number[]) => {
    const s = [...v].sort((a, b) => a - b);
    return s.length % 2 ? s[s.length >> 1] : (s[(s.length >> 1) - 1] + s[s.length >> 1]) / 2;
  };
  const centre: [number, number] = [median(pool.map((i) => i.lngLat[0])), median(pool.map((i) => i.lngLat[1]))];
  const nearest = pool
    .map((i) => ({ i, km: distanceKm(centre, i.lngLat) }))
    .sort((a, b) => a.km - b.km)
    .slice(0, Math.max(1, Math.ceil(pool.length * share)));
  const lngs = nearest.map((x) => x.i.lngLat[0]);
  const lats = nearest.map((x) => x.i.lngLat[1]);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

describe('the start view without sorting every incident', () => {
  it('fuzz: the same box as sorting them all, ties at the cut included (points repeat often)', () => {
    const spot = fc.constantFrom<[number, number]>(
      [12.48, 32.79],
      [16.59, 31.2],
      [37.16, 36.2],
      [-117.3, 34.1],
      [0, 0],
    );
    const point = fc.oneof(
      spot,
      fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -85, max: 85, noNaN: true })),
    );
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (points, share) => {
          const pool = points.map(
            (lngLat) => ({ lngLat, startDay: 0, endDay: 0 }) as unknown as (typeof incidents)[number],
          );
          expect(concentrationBox(pool, null, share)).toEqual(boxBySorting(pool, share));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('orders -0 before 0 as sorting does (a case the fuzz found)', () => {
    const pool = [
      [0, 0],
      [-0, 0],
    ].map((lngLat) => ({ lngLat, startDay: 0, endDay: 0 }) as unknown as (typeof incidents)[number]);
    expect(concentrationBox(pool, null, 0.5000000000000001)).toEqual(boxBySorting(pool, 0.5000000000000001));
  });

  it('frames 300,000 incidents (spreading them into Math.min would overflow the call stack)', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => ({ ...incidents[i % incidents.length], index: i }));
    expect(concentrationBox(many, FEB_2016)).toEqual(concentrationBox(incidents, FEB_2016));
  });
});
