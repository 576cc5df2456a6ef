/** Incidents that share one coordinate never hide each other: a click there lists them all. */
import { useAppStore } from '../store/appStore';
import { formatDayRange } from '../lib/days';

export function ColocatedPicker() {
  const ids = useAppStore((s) => s.colocated);
  const incidents = useAppStore((s) => s.incidents);
  const selectIncident = useAppStore((s) => s.selectIncident);
  const showColocated = useAppStore((s) => s.showColocated);
  if (!ids) return null;
  const shared = incidents.filter((i) => ids.includes(i.id));
  return (
    <section className="colocated" aria-label="Incidents at this location">
      <header>
        <h2>{shared.length} incidents at this location</h2>
        <button type="button" className="close-button" aria-label="Close list" onClick={() => showColocated(null)}>
          ×
        </button>
      </header>
      <ul>
        {shared.map((i) => (
          <li key={i.id}>
            <button type="button" className="incident-item" onClick={() => selectIncident(i.id)}>
              <span className="item-title">{i.feature.properties.title}</span>
              <span className="item-meta">{formatDayRange(i.startDay, i.endDay)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
