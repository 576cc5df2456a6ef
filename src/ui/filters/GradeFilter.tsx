/** Show or hide incidents by grade: the analyst's override where there is one, else the suggested grade. */
import { useAppStore } from '../../store/appStore';
import { GRADES, GRADE_LABELS } from '../../data/claims/grade';

export function GradeFilter() {
  const hidden = useAppStore((s) => s.hiddenGrades);
  const toggle = useAppStore((s) => s.toggleGrade);
  return (
    <fieldset className="filter-group">
      <legend>Grade</legend>
      <ul className="plain-list">
        {GRADES.map((g) => (
          <li key={g}>
            <label className="check">
              <input type="checkbox" checked={!hidden.includes(g)} onChange={() => toggle(g)} /> {GRADE_LABELS[g]}
            </label>
          </li>
        ))}
      </ul>
      <p className="hint">Override in force, else the suggested grade (rules in About this data).</p>
    </fieldset>
  );
}
