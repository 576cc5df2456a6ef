import { describe, expect, it } from 'vitest';
import { buildColumns } from '../../data/columnar';
import { CATEGORY_COLORS } from '../../data/categoryColors';
import { GRADE_COLORS } from '../../data/claims/gradeColors';
import { gpuColouring } from './gpuColouring';

const rows = [
  {
    lngLat: [20, 30] as [number, number],
    startDay: 9,
    endDay: 9,
    category: 'siege' as const,
    precision: 'city' as const,
  },
  {
    lngLat: [10, 30] as [number, number],
    startDay: 3,
    endDay: 4,
    category: 'attack' as const,
    precision: 'city' as const,
  },
];

describe('what the GPU points are coloured by', () => {
  it('is the category unless grades are given', () => {
    const columns = buildColumns(rows);
    const { index, colours } = gpuColouring(columns, null);
    expect([...index].map((i) => colours[i])).toEqual([...columns.order].map((i) => CATEGORY_COLORS[rows[i].category]));
  });

  it('is each incident’s own grade, whatever order the columns keep the rows in', () => {
    const columns = buildColumns(rows);
    const grades = ['contested', 'confirmed'] as const;
    const { index, colours } = gpuColouring(columns, grades);
    expect([...index].map((i) => colours[i])).toEqual([...columns.order].map((i) => GRADE_COLORS[grades[i]]));
    expect(new Set([...index].map((i) => colours[i]))).toEqual(
      new Set([GRADE_COLORS.contested, GRADE_COLORS.confirmed]),
    );
  });
});
