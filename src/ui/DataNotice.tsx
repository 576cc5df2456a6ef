/** Notices: features of the dataset that were skipped at load, and link parameters that were ignored. */
import type { Rejection } from '../data/parseIncidents';
import { useAppStore } from '../store/appStore';

export function DataNotice() {
  const rejected = useAppStore((s) => s.rejected);
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotices);
  return (
    <>
      {notices.length > 0 && (
        <div className="notice notice-info" role="status" data-testid="url-notice">
          <ul>
            {notices.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
          <button type="button" className="close-button" aria-label="Dismiss" onClick={dismiss}>
            ×
          </button>
        </div>
      )}
      {rejected.length > 0 && <RejectedFeatures rejected={rejected} />}
    </>
  );
}

function RejectedFeatures({ rejected }: { rejected: Rejection[] }) {
  const features = new Set(rejected.map((r) => r.number)).size;
  return (
    <details className="notice notice-warning" role="status" data-testid="data-notice">
      <summary>
        {features} feature{features === 1 ? '' : 's'} of the dataset could not be loaded and{' '}
        {features === 1 ? 'was' : 'were'} skipped. Everything else is shown.
      </summary>
      <ul>
        {rejected.map((r, i) => (
          <li key={i}>
            Feature {r.number}
            {r.id ? ` (${r.id})` : ''}: {r.field} {r.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
