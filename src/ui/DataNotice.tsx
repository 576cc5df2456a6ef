/** A visible notice listing the features that were rejected at load, instead of crashing. */
import { useAppStore } from '../store/appStore';

export function DataNotice() {
  const rejected = useAppStore((s) => s.rejected);
  if (rejected.length === 0) return null;
  const features = new Set(rejected.map((r) => r.number)).size;
  return (
    <details className="notice notice-warning" role="status">
      <summary>{features} feature{features === 1 ? '' : 's'} of the dataset could not be loaded and {features === 1 ? 'was' : 'were'} skipped. Everything else is shown.</summary>
      <ul>
        {rejected.map((r, i) => (
          <li key={i}>Feature {r.number}{r.id ? ` (${r.id})` : ''}: {r.field} {r.reason}</li>
        ))}
      </ul>
    </details>
  );
}
