import { describe, expect, it } from 'vitest';
import { findDuplicates, pairKey, type DuplicateCandidate } from './duplicates';
import { distanceKm } from './analysis';
import { seededRandom } from '../data/synthetic';

const at = (id: string, lngLat: [number, number], day: number, p: Partial<DuplicateCandidate> = {}) => ({
  id,
  category: 'airstrike',
  lngLat,
  startDay: day,
  endDay: day,
  actors: ['united-states'],
  ...p,
});
const rule = { km: 10, days: 2 };
/** ~9 km and ~11 km east of Sabratha at its latitude. */
const SABRATHA: [number, number] = [12.4846, 32.7937];
const east = (km: number): [number, number] => [
  SABRATHA[0] + km / (111.32 * Math.cos((32.7937 * Math.PI) / 180)),
  SABRATHA[1],
];

describe('possible duplicates', () => {
  it('pairs two reports of one strike: same category, 9 km and 2 days apart, an actor in common', () => {
    const pairs = findDuplicates([at('b', SABRATHA, 100), at('a', east(9), 102)], rule);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ a: 'a', b: 'b', daysApart: 2, sharedActors: ['united-states'] });
    expect(pairs[0].km).toBeCloseTo(9, 1);
  });

  it.each([
    ['another category', at('b', SABRATHA, 100, { category: 'attack' })],
    ['no actor in common', at('b', SABRATHA, 100, { actors: ['islamic-state'] })],
    ['11 km away', at('b', east(11), 100)],
    ['3 days apart', at('b', SABRATHA, 103)],
  ])('leaves apart a pair with %s', (_, other) => {
    expect(findDuplicates([at('a', SABRATHA, 100), other], rule)).toEqual([]);
  });

  it('counts overlapping spans as 0 days apart, and takes the stated distance and days as given', () => {
    const siege = at('siege', SABRATHA, 50, { endDay: 200 });
    expect(findDuplicates([siege, at('x', east(3), 120)], rule)[0].daysApart).toBe(0);
    expect(findDuplicates([at('a', SABRATHA, 100), at('b', east(11), 104)], { km: 12, days: 4 })).toHaveLength(1);
  });

  it('finds exactly the pairs comparing every pair finds, on 3,000 random incidents', () => {
    const random = seededRandom(7);
    const items = Array.from({ length: 3000 }, (_, i) =>
      at(`i${i}`, [12 + random() * 0.8, 32.5 + random() * 0.8], Math.floor(random() * 60), {
        category: random() < 0.5 ? 'airstrike' : 'attack',
        actors: [`actor-${Math.floor(random() * 3)}`],
      }),
    );
    const brute: string[] = [];
    for (let i = 0; i < items.length; i++)
      for (let j = i + 1; j < items.length; j++) {
        const [a, b] = [items[i], items[j]];
        if (a.category !== b.category || Math.abs(a.startDay - b.startDay) > 2 || a.actors[0] !== b.actors[0]) continue;
        if (distanceKm(a.lngLat, b.lngLat) <= 10) brute.push(pairKey(a.id, b.id));
      }
    const found = findDuplicates(items, rule).map((p) => pairKey(p.a, p.b));
    expect(found.sort()).toEqual(brute.sort());
    expect(brute.length).toBeGreaterThan(50);
  });

  it('scales: 100,000 incidents around 200 towns over a year look at a small fraction of all pairs', () => {
    const random = seededRandom(1);
    const towns = Array.from({ length: 200 }, () => [-10 + random() * 70, 0 + random() * 50] as [number, number]);
    const items = Array.from({ length: 100_000 }, (_, i) => {
      const town = towns[Math.floor(random() * towns.length)];
      return at(
        `s${i}`,
        [town[0] + (random() - 0.5) * 0.5, town[1] + (random() - 0.5) * 0.5],
        Math.floor(random() * 365),
        {
          category: ['airstrike', 'attack', 'shelling', 'clash'][Math.floor(random() * 4)],
          actors: [`actor-${Math.floor(random() * 20)}`],
        },
      );
    });
    const stats = { compared: 0 };
    const pairs = findDuplicates(items, rule, stats);
    expect(pairs.length).toBeGreaterThan(0);
    // All pairs would be 5·10⁹; the buckets leave well under one in a thousand.
    expect(stats.compared).toBeLessThan((100_000 * 99_999) / 2 / 1000);
  });
});
