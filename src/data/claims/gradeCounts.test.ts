import { describe, expect, it } from 'vitest';
import { countGrades } from './gradeCounts';
import type { Grade } from './grade';

const at = (index: number, startDay: number, endDay = startDay) => ({ index, startDay, endDay });
const grades: Grade[] = ['weak', 'confirmed', 'weak', 'contested', 'fair'];

describe('grades per bar of the histogram', () => {
  it('counts each incident touching the days once, by its grade, in the scale’s order', () => {
    const list = [at(0, 10), at(1, 11), at(2, 12), at(3, 30), at(4, 5, 40)];
    expect(countGrades(list, grades, [10, 16])).toEqual({
      total: 4,
      byGrade: [
        ['confirmed', 1],
        ['fair', 1],
        ['weak', 2],
      ],
    });
  });

  it('leaves out incidents that end before or start after the bar, and says nothing of an empty bar', () => {
    expect(countGrades([at(0, 1, 9), at(1, 17, 20)], grades, [10, 16])).toEqual({ total: 0, byGrade: [] });
  });
});
