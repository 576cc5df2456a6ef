/**
 * How many incidents of each grade touch a stretch of days: what the histogram's tooltip says of
 * the bar under the pointer. An incident counts once in every bar its dates touch (a siege over
 * three weeks counts in each), so the grades of a bar add up to the incidents that touch it.
 */
import { GRADES, type Grade } from './grade';

export interface Dated {
  index: number;
  startDay: number;
  endDay: number;
}

export interface GradeCounts {
  total: number;
  /** In GRADES order, only the grades that occur. */
  byGrade: Array<[Grade, number]>;
}

export function countGrades(
  incidents: readonly Dated[],
  grades: readonly Grade[],
  [from, to]: [number, number],
): GradeCounts {
  const counts = new Map<Grade, number>();
  let total = 0;
  for (const incident of incidents) {
    if (incident.endDay < from || incident.startDay > to) continue;
    total++;
    const g = grades[incident.index];
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return { total, byGrade: GRADES.filter((g) => counts.has(g)).map((g) => [g, counts.get(g)!]) };
}
