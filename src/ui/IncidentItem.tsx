/** One incident in the list: a native button that selects it, flies the map there and highlights it on hover or focus. */
import { useShallow } from 'zustand/react/shallow';
import type { Incident } from '../data/parseIncidents';
import { useAppStore } from '../store/appStore';
import { formatDayRange } from '../lib/days';
import { CATEGORY_COLORS, CATEGORY_LABELS } from '../data/categoryColors';

export function IncidentItem({ incident }: { incident: Incident }) {
  const selected = useAppStore((s) => s.selectedId === incident.id);
  const actions = useAppStore(
    useShallow((s) => ({ select: s.selectIncident, hover: s.hoverIncident, fly: s.flyToIncident })),
  );
  const p = incident.feature.properties;
  return (
    <li>
      <button
        type="button"
        className="incident-item"
        aria-current={selected ? 'true' : undefined}
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
}
