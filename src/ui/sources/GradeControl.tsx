/**
 * The incident's grade: the one the rule suggests, or the analyst's override with its reason.
 * Overriding asks for a reason; every override (and its withdrawal) stays in the history.
 */
import { useId, useState, type FormEvent } from 'react';
import { useAppStore } from '../../store/appStore';
import { currentOverride, GRADE_LABELS, GRADES, type Grade, type SuggestedGrade } from '../../data/claims/grade';
import { GradeHistory } from './GradeHistory';

const SUGGESTED = 'suggested';

export function GradeControl({ incidentId, suggested }: { incidentId: string; suggested: SuggestedGrade }) {
  const history = useAppStore((s) => s.gradeHistory[incidentId]);
  const overrideGrade = useAppStore((s) => s.overrideGrade);
  const storageProblem = useAppStore((s) => s.gradeStorageProblem);
  const override = currentOverride(history);
  const [editing, setEditing] = useState(false);
  const [choice, setChoice] = useState<string>(override?.grade ?? suggested.grade);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ids = { grade: useId(), reason: useId(), error: useId() };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setError('Give a reason: it is kept with the grade.');
      return;
    }
    overrideGrade(incidentId, choice === SUGGESTED ? null : (choice as Grade), reason);
    setEditing(false);
    setReason('');
    setError(null);
  };

  const shown = override?.grade ?? suggested.grade;
  return (
    <div className={`grade grade-${shown}`}>
      <p className="grade-line">
        <span className="grade-label">Grade</span> <strong data-testid="grade">{GRADE_LABELS[shown]}</strong>{' '}
        <span className="precision">{override ? '(set by an analyst)' : '(suggested by the rule)'}</span>
      </p>
      {override ? (
        <p className="basis">
          Reason: “{override.reason}”. The rule suggests {GRADE_LABELS[suggested.grade]}: {suggested.because}
        </p>
      ) : (
        <p className="basis">Rule: {suggested.because}</p>
      )}
      {storageProblem && <p className="claim-warn">Not kept in this browser: {storageProblem}.</p>}
      {!editing ? (
        <button type="button" className="secondary-button" onClick={() => setEditing(true)}>
          {override ? 'Change grade' : 'Override grade'}
        </button>
      ) : (
        <form className="grade-form" onSubmit={submit} noValidate>
          <label htmlFor={ids.grade}>New grade</label>
          <select id={ids.grade} value={choice} onChange={(e) => setChoice(e.target.value)}>
            {GRADES.map((g) => (
              <option key={g} value={g}>
                {GRADE_LABELS[g]}
              </option>
            ))}
            {override && (
              <option value={SUGGESTED}>Back to the suggested grade ({GRADE_LABELS[suggested.grade]})</option>
            )}
          </select>
          <label htmlFor={ids.reason}>Reason</label>
          <textarea
            id={ids.reason}
            value={reason}
            rows={2}
            maxLength={1000}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? ids.error : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
          {error && (
            <p id={ids.error} className="claim-warn" role="alert">
              {error}
            </p>
          )}
          <div className="grade-actions">
            <button type="submit" className="primary-button">
              Save grade
            </button>
            <button type="button" className="secondary-button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <GradeHistory history={history} />
    </div>
  );
}
