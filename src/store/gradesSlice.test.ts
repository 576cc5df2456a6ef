import { describe, expect, it } from 'vitest';
import { createAppStore } from './appStore';

describe('grade overrides in the store', () => {
  it('keep every override with its reason, newest last, and refuse one without a reason', () => {
    const store = createAppStore();
    const { overrideGrade } = store.getState();
    overrideGrade('a', 'fair', ' Two wire services ', '2026-01-01T00:00:00.000Z');
    overrideGrade('a', null, 'Back to the rule', '2026-01-02T00:00:00.000Z');
    expect(() => overrideGrade('a', 'weak', '   ')).toThrow('An override needs a reason');
    expect(store.getState().gradeHistory.a).toEqual([
      { grade: 'fair', reason: 'Two wire services', at: '2026-01-01T00:00:00.000Z' },
      { grade: null, reason: 'Back to the rule', at: '2026-01-02T00:00:00.000Z' },
    ]);
  });

  it('keep what this visit decided over what storage restores, and take another tab’s newer history', () => {
    const store = createAppStore();
    const mine = { grade: 'weak' as const, reason: 'mine', at: '2026-01-03T00:00:00.000Z' };
    const stored = { grade: 'fair' as const, reason: 'stored', at: '2026-01-01T00:00:00.000Z' };
    store.getState().overrideGrade('a', mine.grade, mine.reason, mine.at);
    store.getState().restoreGradeHistory({ a: [stored], b: [stored] });
    expect(store.getState().gradeHistory).toEqual({ a: [mine], b: [stored] });
    store.getState().restoreGradeHistory({ a: [mine, stored] }, 'theirs');
    expect(store.getState().gradeHistory.a).toEqual([mine, stored]);
  });
});
