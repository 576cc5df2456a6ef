/** A compact list of incidents, each a button that selects it and flies to it; with optional distances. */
import { useShallow } from 'zustand/react/shallow';
import type { Incident } from '../../data/parseIncidents';
import { useAppStore } from '../../store/appStore';
import { formatDayRange } from '../../lib/days';

export function IncidentButtons({
  incidents,
  detail,
}: {
  incidents: Incident[];
  detail?: (incident: Incident) => string;
}) {
  const actions = useAppStore(useShallow((s) => ({ select: s.selectIncident, fly: s.flyToIncident })));
  return (
    <ul className="compact-list">
      {incidents.map((incident) => (
        <li key={incident.id}>
          <button
            type="button"
            className="compact-item"
            onClick={() => {
              actions.select(incident.id);
              actions.fly(incident.id);
            }}
          >
            <span className="item-title">{incident.feature.properties.title}</span>
            <span className="item-meta">
              {detail ? `${detail(incident)} · ` : ''}
              {formatDayRange(incident.startDay, incident.endDay)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
