import { describe, expect, it } from 'vitest';
import { currentOverride, suggestGrade, type GradeFacts } from './grade';

const facts = (f: Partial<GradeFacts>): GradeFacts => ({
  independent: 1,
  perpetrators: ['united-states'],
  claimedBy: [],
  responsibilityDisputed: false,
  ...f,
});

describe('the suggested grade (rule table, first row that holds)', () => {
  it.each([
    ['a single report', facts({}), 'weak'],
    ['no report at all', facts({ independent: 0 }), 'weak'],
    ['two independent reports', facts({ independent: 2 }), 'fair'],
    ['the perpetrator accepted responsibility', facts({ claimedBy: ['united-states'] }), 'confirmed'],
    ['reports blame different actors', facts({ independent: 3, responsibilityDisputed: true }), 'contested'],
    ['an actor not held as perpetrator claims it', facts({ claimedBy: ['islamic-state'] }), 'contested'],
    [
      'disputed responsibility even though the perpetrator claimed it',
      facts({ claimedBy: ['united-states'], responsibilityDisputed: true }),
      'contested',
    ],
  ] as const)('%s: %s', (_, f, grade) => {
    expect(suggestGrade(f).grade).toBe(grade);
  });

  it('never suggests Discounted: only an analyst can', () => {
    const all = [0, 1, 2, 5].flatMap((n) =>
      [[], ['united-states'], ['russia']].flatMap((claimedBy) =>
        [true, false].map((d) => suggestGrade(facts({ independent: n, claimedBy, responsibilityDisputed: d })).grade),
      ),
    );
    expect(all).not.toContain('discounted');
  });

  it('keeps the newest override in force, and none once it is withdrawn', () => {
    const set = { grade: 'discounted' as const, reason: 'Those killed were fighters', at: '2026-01-01T00:00:00Z' };
    expect(currentOverride([set])).toEqual(set);
    expect(
      currentOverride([set, { grade: null, reason: 'back to the rule', at: '2026-01-02T00:00:00Z' }]),
    ).toBeUndefined();
    expect(currentOverride(undefined)).toBeUndefined();
  });
});
