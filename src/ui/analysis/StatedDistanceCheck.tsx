/**
 * Where an excerpt states a distance between places ("around 9 miles southwest of Basra"), set the
 * figure computed from our coordinates beside it, with the bearing, so a reader can judge the placement.
 */
import { useMemo } from 'react';
import type { Incident } from '../../data/parseIncidents';
import { checkStatedDistances } from '../../geo/statedDistanceCheck';
import { compassName, KM_PER_MILE } from '../../geo/analysis';
import { useAppStore } from '../../store/appStore';

export function StatedDistanceCheck({ incident }: { incident: Incident }) {
  const places = useAppStore((s) => s.referencePlaces);
  const checks = useMemo(() => checkStatedDistances(incident, places), [incident, places]);
  if (checks.length === 0) return null;
  return (
    <section className="stated-distance" aria-label="Stated distances checked">
      <h3>Stated distances, checked</h3>
      {checks.map(({ stated, measured }) => (
        <p key={stated.text} data-testid="stated-distance">
          The source says <q>{stated.text}</q>.{' '}
          {measured ? (
            <>
              Our point is{' '}
              <strong>
                {(measured.km / KM_PER_MILE).toFixed(1)} miles ({measured.km.toFixed(1)} km)
              </strong>{' '}
              from {measured.from.name}, bearing {measured.bearing.toFixed(0)}° ({compassName(measured.bearing)})
              {measured.offDegrees !== undefined && (
                <>
                  , {measured.offDegrees.toFixed(0)}° from {stated.direction}
                </>
              )}
              .
              <span className="basis">
                {measured.from.name}: gazetteer {measured.from.ref}. Great-circle distance between the two points.
              </span>
            </>
          ) : (
            <>The place it is measured from is not in the gazetteer, so it cannot be checked.</>
          )}
        </p>
      ))}
    </section>
  );
}
