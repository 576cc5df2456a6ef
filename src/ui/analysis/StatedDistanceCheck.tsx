/**
 * Where an excerpt states a distance between places ("around 9 miles southwest of Basra"), set the
 * figure computed from our coordinates beside it, with the bearing, so a reader can judge the placement.
 */
import type { Incident } from '../../data/parseIncidents';
import { findStatedDistances } from '../../data/statedDistance';
import { bearingDeg, compassBearing, compassName, distanceKm, KM_PER_MILE } from '../../geo/analysis';
import { readReferencePlaces } from '../../data/referencePlaces';
import referencePlaces from '../../../data/reference-places.json';

/** A broken file means no check can be made; the panel says so rather than failing. */
const places = readReferencePlaces(referencePlaces.places);

export function StatedDistanceCheck({ incident }: { incident: Incident }) {
  const country = incident.feature.properties.where.country;
  const checks = incident.feature.properties.excerpts.flatMap((e) => findStatedDistances(e.quote)).map((stated) => {
    const from = places[`${country}|${stated.from}`];
    if (!from) return { stated };
    const km = distanceKm(from.lngLat, incident.lngLat);
    const bearing = bearingDeg(from.lngLat, incident.lngLat);
    const statedBearing = compassBearing(stated.direction);
    const off = statedBearing === undefined ? undefined : Math.abs(((bearing - statedBearing + 540) % 360) - 180);
    return { stated, from, km, bearing, off };
  });
  if (checks.length === 0) return null;
  return (
    <section className="stated-distance" aria-label="Stated distances checked">
      <h3>Stated distances, checked</h3>
      {checks.map(({ stated, from, km, bearing, off }) => (
        <p key={stated.text} data-testid="stated-distance">
          The source says <q>{stated.text}</q>.{' '}
          {from && km !== undefined && bearing !== undefined ? (
            <>
              Our point is <strong>{(km / KM_PER_MILE).toFixed(1)} miles ({km.toFixed(1)} km)</strong> from {from.name},
              bearing {bearing.toFixed(0)}° ({compassName(bearing)}){off !== undefined && <>, {off.toFixed(0)}° from {stated.direction}</>}.
              <span className="basis">{from.name}: gazetteer {from.ref}. Great-circle distance between the two points.</span>
            </>
          ) : (
            <>The place it is measured from is not in the gazetteer, so it cannot be checked.</>
          )}
        </p>
      ))}
    </section>
  );
}
