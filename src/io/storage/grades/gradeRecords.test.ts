import { describe, expect, it } from 'vitest';
import { gradeRecordProblem } from './gradeRecords';

const entry = { grade: 'discounted', reason: 'Those killed were fighters', at: '2026-01-01T00:00:00.000Z' };

describe('stored grade records, checked when read back', () => {
  it('accept a history of grades with reasons and times, a withdrawal included', () => {
    expect(gradeRecordProblem({ id: 'x', history: [entry, { ...entry, grade: null }] })).toBeNull();
  });

  it.each([
    [null, 'is not an object'],
    [{ history: [] }, 'has no incident id'],
    [{ id: 'x' }, '(x) has no history list'],
    [{ id: 'x', history: [{ ...entry, grade: 'certain' }] }, '(x) entry 1 has an unknown grade "certain"'],
    [{ id: 'x', history: [entry, { ...entry, reason: ' ' }] }, '(x) entry 2 needs a reason of 1–1000 characters'],
    [{ id: 'x', history: [{ ...entry, at: 'yesterday' }] }, '(x) entry 1 has no valid time'],
  ])('name what is wrong with %j', (record, problem) => {
    expect(gradeRecordProblem(record)).toBe(problem);
  });
});
