import { describe, expect, it } from 'vitest';
import { decisionRecordProblem } from './duplicateRecords';

const ok = { key: 'a|b', a: 'a', b: 'b', decision: 'apart', at: '2026-12-02T06:00:00.000Z' };

describe('stored duplicate decisions, checked when read back', () => {
  it('accept a decision on a pair, a merge keeping the later id first included', () => {
    expect(decisionRecordProblem(ok)).toBeNull();
    expect(decisionRecordProblem({ ...ok, a: 'b', b: 'a', decision: 'merged' })).toBeNull();
  });

  it.each([
    [null, 'is not an object'],
    [{ ...ok, b: 'a' }, 'does not name two incidents'],
    [{ ...ok, key: 'b|a' }, "(a, b) has a key that is not the pair's"],
    [{ ...ok, decision: 'maybe' }, '(a|b) has an unknown decision "maybe"'],
    [{ ...ok, at: 'soon' }, '(a|b) has no valid time'],
  ])('name what is wrong with %j', (record, problem) => {
    expect(decisionRecordProblem(record)).toBe(problem);
  });
});
