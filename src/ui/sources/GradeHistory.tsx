/** Every grade decision on an incident, newest first, with its reason and when it was made. */
import { GRADE_LABELS, type GradeOverride } from '../../data/claims/grade';

const when = (at: string) =>
  new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC';

export function GradeHistory({ history }: { history: GradeOverride[] | undefined }) {
  if (!history?.length) return null;
  return (
    <details className="grade-history">
      <summary>Grade history ({history.length})</summary>
      <ol reversed>
        {[...history].reverse().map((h) => (
          <li key={`${h.at}-${h.grade}`}>
            <strong>{h.grade ? GRADE_LABELS[h.grade] : 'Back to the suggested grade'}</strong>{' '}
            <span className="precision">{when(h.at)}</span>
            <span className="basis">“{h.reason}”</span>
          </li>
        ))}
      </ol>
    </details>
  );
}
