/** The map's accessible twin: the incidents in the current view and time window, in date order. */
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/appStore';
import { selectListedIncidents } from '../store/selectors';
import { formatDayRange } from '../lib/days';
import { CATEGORY_COLORS, CATEGORY_LABELS } from '../data/categoryColors';

export function IncidentList() {
  const listed = useAppStore(useShallow(selectListedIncidents));
  const total = useAppStore((s) => s.incidents.length);
  const selectedId = useAppStore((s) => s.selectedId);
  const actions = useAppStore(
    useShallow((s) => ({ select: s.selectIncident, hover: s.hoverIncident, fly: s.flyToIncident })),
  );

  return (
    <section className="incident-list" aria-labelledby="incident-list-heading">
      <h2 id="incident-list-heading">Incidents</h2>
      <p className="list-count" data-testid="list-count">
        Showing {listed.length} of {total} incidents in this view and window
      </p>
      {listed.length === 0 ? (
        <p className="empty-state">No incidents in this view and window. Zoom out or widen the dates.</p>
      ) : (
        <ul id="incident-list" aria-label="Incidents" tabIndex={-1}>
          {listed.map((incident) => {
            const p = incident.feature.properties;
            return (
              <li key={incident.id}>
                <button
                  type="button"
                  className="incident-item"
                  aria-current={incident.id === selectedId ? 'true' : undefined}
                  data-incident-id={incident.id}
                  onMouseEnter={() => actions.hover(incident.id)}
                  onMouseLeave={() => actions.hover(null)}
                  onFocus={() => actions.hover(incident.id)}
                  onBlur={() => actions.hover(null)}
                  onClick={() => {
                    actions.select(incident.id);
                    actions.fly(incident.id);
                  }}
                >
                  <span className="swatch" style={{ background: CATEGORY_COLORS[p.category] }} aria-hidden="true" />
                  <span className="item-text">
                    <span className="item-title">{p.title}</span>
                    <span className="item-meta">
                      {formatDayRange(incident.startDay, incident.endDay)} · {CATEGORY_LABELS[p.category]} ·{' '}
                      {p.where.name.replace(/\s*\([^)]*\)/, '')}
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
