import { beforeEach, describe, expect, it } from 'vitest';
import { appStore } from './appStore';
import { loadBundledIntoStore } from '../test/appStoreFixture';
import { selectPossibleDuplicates } from './possibleDuplicates';
import type { MergedProperties } from '../data/claims/mergeRecords';

const s = () => appStore.getState();
const byId = (id: string) => s().incidents.find((i) => i.id === id);

describe('possible duplicates in the store', () => {
  beforeEach(loadBundledIntoStore);

  it('lists pairs under the rule shown, and more when the rule is widened', () => {
    const near = selectPossibleDuplicates(s()).length;
    s().setDuplicateRule({ km: 100, days: 30 });
    expect(selectPossibleDuplicates(s()).length).toBeGreaterThan(near);
  });

  it('merges a pair into the kept incident, with every excerpt of both, renumbered', async () => {
    s().setDuplicateRule({ km: 100, days: 30 });
    const [pair] = selectPossibleDuplicates(s());
    const [a, b] = [byId(pair.a)!, byId(pair.b)!];
    const total = s().incidents.length;
    s().decideDuplicate(a.id, b.id, 'merged', '2026-12-02T06:00:00.000Z');
    await s().applyMerges();
    expect(s().incidents).toHaveLength(total - 1);
    expect(byId(b.id)).toBeUndefined();
    const merged = byId(a.id)!.feature.properties as MergedProperties;
    expect(merged.excerpts).toEqual([...a.feature.properties.excerpts, ...b.feature.properties.excerpts]);
    expect(merged.mergedFrom).toEqual([
      { id: b.id, title: b.feature.properties.title, at: '2026-12-02T06:00:00.000Z' },
    ]);
    expect(s().incidents.every((i, n) => i.index === n)).toBe(true);
  });

  it('remembers Keep apart without changing the list', () => {
    s().setDuplicateRule({ km: 100, days: 30 });
    const [pair] = selectPossibleDuplicates(s());
    const before = s().incidents;
    s().decideDuplicate(pair.a, pair.b, 'apart');
    expect(s().incidents).toBe(before);
    expect(Object.values(s().duplicateDecisions)).toMatchObject([{ a: pair.a, b: pair.b, decision: 'apart' }]);
  });
});
