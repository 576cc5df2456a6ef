/**
 * "Also elsewhere": the incidents in the window that lie outside the start view (a court filing in
 * California, say), named and one click away. Each entry flies the map there and opens it.
 */
import { useAppStore } from '../../store/appStore';
import { selectElsewhere } from '../../store/selectors';
import { formatDayRange } from '../../lib/days';
import { usePopover } from '../menu/usePopover';
import { useSettledSelector } from '../useSettledSelector';

const NONE: never[] = [];
const shortPlace = (name: string) => name.replace(/\s*\([^)]*\)/, '');

export function ElsewhereControl() {
  const elsewhere = useSettledSelector(selectElsewhere, NONE);
  const select = useAppStore((s) => s.selectIncident);
  const fly = useAppStore((s) => s.flyToIncident);
  const popover = usePopover();
  if (elsewhere.length === 0) return null;
  const places = [...new Set(elsewhere.map((i) => shortPlace(i.feature.properties.where.name)))];
  const named = places.slice(0, 3).join(', ') + (places.length > 3 ? ` and ${places.length - 3} more` : '');
  return (
    <div className="popover elsewhere" data-testid="elsewhere">
      <button {...popover.buttonProps} className="popover-button">
        Also elsewhere: {elsewhere.length} {elsewhere.length === 1 ? 'incident' : 'incidents'} ({named})
        <span className="caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <div {...popover.panelProps} className="popover-body" role="group" aria-label="Incidents elsewhere">
        <ul className="elsewhere-list">
          {elsewhere.map((incident) => (
            <li key={incident.id}>
              <button
                type="button"
                className="menu-item"
                onClick={() => {
                  select(incident.id);
                  fly(incident.id);
                }}
              >
                <strong>{shortPlace(incident.feature.properties.where.name)}</strong>
                <span className="item-meta">
                  {' '}
                  · {formatDayRange(incident.startDay, incident.endDay)} · {incident.feature.properties.title}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
