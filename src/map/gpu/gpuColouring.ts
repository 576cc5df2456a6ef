/**
 * What the GPU points layer colours by: the category (its default), or, with "colour by grade" on
 * and the grades in, each incident's grade in the grade palette, so the markers keep their colours
 * while the slider moves at scale instead of flashing back to categories until it settles.
 */
import type { ColumnarIncidents } from '../../data/columnar';
import { CATEGORIES } from '../../data/vocabulary';
import { CATEGORY_COLORS } from '../../data/categoryColors';
import { GRADES, type Grade } from '../../data/claims/grade';
import { GRADE_COLORS } from '../../data/claims/gradeColors';

export interface GpuColouring {
  /** One colour index per row of the columns (into `colours`). */
  index: Uint8Array;
  colours: string[];
}

const CATEGORY_COLOURS = CATEGORIES.map((c) => CATEGORY_COLORS[c]);
const GRADE_COLOURS = GRADES.map((g) => GRADE_COLORS[g]);

/** `grades` is indexed like the incident list the columns were built from (columns.order maps rows to it). */
export function gpuColouring(columns: ColumnarIncidents, grades: readonly Grade[] | null): GpuColouring {
  if (!grades) return { index: columns.category, colours: CATEGORY_COLOURS };
  const index = new Uint8Array(columns.count);
  for (let row = 0; row < columns.count; row++) index[row] = GRADES.indexOf(grades[columns.order[row]]);
  return { index, colours: GRADE_COLOURS };
}
