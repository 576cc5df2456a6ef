/**
 * The histogram's tooltip: the bar under the pointer, its days, how many incidents touch it and
 * how many of each grade (the override in force, else the suggested grade). Grades are computed
 * the first time a bar is hovered, not before.
 */
import { useMemo } from 'react';
import { useAppStore } from '../../store/appStore';
import { selectGrades } from '../../store/gradeSelectors';
import { countGrades } from '../../data/claims/gradeCounts';
import { GRADE_LABELS } from '../../data/claims/grade';
import { formatDayRange } from '../../lib/days';
import type { Incident } from '../../data/parseIncidents';

interface Props {
  incidents: Incident[];
  days: [number, number];
  /** Where the bar is, in px from the track's left edge. */
  x: number;
  width: number;
}

export function HistogramTooltip({ incidents, days, x, width }: Props) {
  const grades = useAppStore(selectGrades);
  const counts = useMemo(() => countGrades(incidents, grades ?? [], days), [incidents, grades, days]);
  const left = Math.max(0, Math.min(x, width - 220));
  return (
    <div className="histogram-tooltip" style={{ left }} data-testid="histogram-tooltip" aria-hidden="true">
      <strong>{formatDayRange(days[0], days[1])}</strong>: {counts.total} incident{counts.total === 1 ? '' : 's'}
      {!grades && <span className="basis"> · grading…</span>}
      {grades && counts.byGrade.length > 0 && (
        <ul>
          {counts.byGrade.map(([g, n]) => (
            <li key={g}>
              {GRADE_LABELS[g]} {n}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
