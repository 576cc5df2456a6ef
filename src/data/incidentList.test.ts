import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeAndNumber, mergeIncidents, type Incident } from './incidentList';

const incident = (id: string, startDay: number, span: number, index = 0) =>
  ({ index, id, lngLat: [0, 0], startDay, endDay: startDay + span, feature: {} }) as unknown as Incident;

const arbitraryList = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 3 })), { maxLength: 40 })
  .map((rows) => rows.map(([day, span], k) => incident(`i${k}-${day}`, day, span)));
const byTime = (a: Incident, b: Incident) => a.startDay - b.startDay || a.endDay - b.endDay || a.id.localeCompare(b.id);
const order = (list: Incident[]) => list.map((i) => `${i.index}:${i.id}`);

describe('merging incident lists', () => {
  it('fuzz: lists already in order merge to what sorting them all gives, numbered from 0', () => {
    fc.assert(
      fc.property(fc.array(arbitraryList, { maxLength: 4 }), (lists) => {
        const sorted = lists.map((list, n) => [...list].sort(byTime).map((i) => ({ ...i, id: `${n}-${i.id}` })));
        const expected = sorted
          .flat()
          .sort(byTime)
          .map((i, index) => ({ ...i, index }));
        expect(order(mergeIncidents(...sorted))).toEqual(order(expected));
      }),
    );
  });

  it('fuzz: a few incidents merged into a long list land where sorting puts them, either way round', () => {
    const long = fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 3 })), {
      minLength: 100,
      maxLength: 300,
    });
    const few = fc.array(fc.tuple(fc.integer({ min: -2, max: 33 }), fc.integer({ min: 0, max: 3 })), { maxLength: 5 });
    fc.assert(
      fc.property(long, few, fc.boolean(), (manyRows, fewRows, fewFirst) => {
        const many = manyRows.map(([day, span], k) => incident(`m${k}`, day, span)).sort(byTime);
        const some = fewRows.map(([day, span], k) => incident(`m${k}-f`, day, span)).sort(byTime);
        const lists = fewFirst ? [some, many] : [many, some];
        const expected = [...some, ...many].sort(byTime).map((i, index) => ({ ...i, index }));
        expect(order(mergeIncidents(...lists))).toEqual(order(expected));
      }),
    );
  });

  it('sorts lists that are not in order, and keeps an incident whose number is already right', () => {
    const kept = incident('a', 1, 0, 0);
    const merged = mergeIncidents([kept, incident('c', 9, 0)], [incident('b', 5, 0), incident('z', 2, 0)]);
    expect(merged.map((i) => i.id)).toEqual(['a', 'z', 'b', 'c']);
    expect(merged.map((i) => i.index)).toEqual([0, 1, 2, 3]);
    expect(merged[0]).toBe(kept);
  });

  it('numbers the incidents it owns in place and copies the rest, leaving the lists it was given as they were', () => {
    const held = incident('held', 5, 0, 0);
    const own = incident('own', 1, 0, 0);
    const heldList = [held];
    const merged = mergeAndNumber([heldList, [own]], (i) => i.id === 'own');
    expect(merged.map((i) => [i.id, i.index])).toEqual([
      ['own', 0],
      ['held', 1],
    ]);
    expect(merged[0]).toBe(own); // numbered in place
    expect(merged[1]).not.toBe(held); // copied: the list it came from still says 0
    expect(held.index).toBe(0);
    expect(heldList).toEqual([held]);
  });
});
