/** From the selected incident: the incidents within N km (in the window, through the filters), with distances; the circle is drawn on the map. */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Incident } from '../../data/parseIncidents';
import { useAppStore } from '../../store/appStore';
import { selectIncidentsInWindow } from '../../store/selectors';
import { compassName, within } from '../../geo/analysis';
import { IncidentButtons } from './IncidentButtons';

const DEFAULT_KM = 50;

export function NearbySection({ incident }: { incident: Incident }) {
  const nearbyKm = useAppStore((s) => s.nearbyKm);
  const setNearbyKm = useAppStore((s) => s.setNearbyKm);
  const inWindow = useAppStore(useShallow(selectIncidentsInWindow));
  const near = useMemo(
    () =>
      nearbyKm
        ? within(
            incident.lngLat,
            inWindow.filter((i) => i.id !== incident.id),
            nearbyKm,
            (i) => i.lngLat,
          )
        : [],
    [incident, inWindow, nearbyKm],
  );
  const detail = useMemo(
    () => new Map(near.map((n) => [n.item.id, `${n.km.toFixed(1)} km ${compassName(n.bearing)}`])),
    [near],
  );

  return (
    <section className="nearby" aria-label="Nearby incidents">
      <h3>Nearby</h3>
      <div className="nearby-controls">
        <label>
          Within{' '}
          <input
            type="number"
            min={1}
            max={2000}
            step={5}
            className="number-input"
            value={nearbyKm ?? DEFAULT_KM}
            onChange={(e) => setNearbyKm(Number(e.currentTarget.value) || DEFAULT_KM)}
            aria-label="Radius in km"
          />{' '}
          km
        </label>
        <button
          type="button"
          className="secondary-button"
          aria-pressed={nearbyKm !== null}
          onClick={() => setNearbyKm(nearbyKm === null ? DEFAULT_KM : null)}
        >
          {nearbyKm === null ? 'List nearby' : 'Hide'}
        </button>
      </div>
      {nearbyKm !== null && (
        <div data-testid="nearby-result">
          <p>
            {near.length} other incident{near.length === 1 ? '' : 's'} within {nearbyKm} km
          </p>
          <IncidentButtons incidents={near.map((n) => n.item)} detail={(i) => detail.get(i.id) ?? ''} />
        </div>
      )}
    </section>
  );
}
