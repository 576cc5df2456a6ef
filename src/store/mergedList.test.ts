import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../data/loadBundledDataset';
import { decisionKey, type DuplicateDecision } from '../data/claims/duplicateDecision';
import { mergedList } from './mergedList';

const { incidents } = loadBundledDataset();
const keys = (i: (typeof incidents)[number]) =>
  i.feature.properties.excerpts.map((e) => `${e.source}@${e.offset}:${e.quote}`);
/** Three incidents that share no excerpt, so that losing any one's excerpts shows in the count. */
const [x, y, z] = incidents.reduce<typeof incidents>((picked, i) => {
  const taken = new Set(picked.flatMap(keys));
  return picked.length < 3 && keys(i).length > 0 && !keys(i).some((k) => taken.has(k)) ? [...picked, i] : picked;
}, []);
const merge = (a: string, b: string, at: string): [string, DuplicateDecision] => [
  decisionKey(a, b),
  { key: decisionKey(a, b), a, b, decision: 'merged', at },
];
/** How many distinct excerpts the records hold together (one sentence cited by two counts once). */
const excerptsOf = (...ids: string[]) => new Set(ids.flatMap((id) => keys(incidents.find((i) => i.id === id)!))).size;

describe('merging possible duplicates', () => {
  it('follows a chain whatever order the decisions are stored in: y into x, then x into z, ends all in z', () => {
    const decisions = Object.fromEntries([
      merge(z.id, x.id, '2026-12-02T05:02:00.000Z'),
      merge(x.id, y.id, '2026-12-02T05:01:00.000Z'),
    ]);
    for (const order of [decisions, Object.fromEntries(Object.entries(decisions).reverse())]) {
      const list = mergedList(incidents, order)!;
      expect(list.map((i) => i.id)).not.toContain(x.id);
      expect(list.map((i) => i.id)).not.toContain(y.id);
      expect(list.find((i) => i.id === z.id)!.feature.properties.excerpts).toHaveLength(excerptsOf(x.id, y.id, z.id));
      expect(list).toHaveLength(incidents.length - 2);
    }
  });

  it('changes nothing without a merge', () => {
    expect(mergedList(incidents, {})).toBeNull();
  });
});
