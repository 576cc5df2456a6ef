/**
 * Where an excerpt states a distance between places ("around 9 miles southwest of Basra"), the
 * figure computed from our coordinates, with the bearing and how far it is from the stated
 * direction, so a reader can judge the placement. Pure: the reference places are passed in.
 */
import type { Incident } from '../data/parseIncidents';
import type { ReferencePlace } from '../data/referencePlaces';
import { findStatedDistances, type StatedDistance } from '../data/statedDistance';
import { bearingDeg, compassBearing, distanceKm } from './analysis';

export interface StatedDistanceCheck {
  stated: StatedDistance;
  /** Absent when the place it is measured from is not in the gazetteer: no check can be made. */
  measured?: { from: ReferencePlace; km: number; bearing: number; offDegrees?: number };
}

export function checkStatedDistances(
  incident: Incident,
  places: Record<string, ReferencePlace>,
): StatedDistanceCheck[] {
  const country = incident.feature.properties.where.country;
  return incident.feature.properties.excerpts
    .flatMap((e) => findStatedDistances(e.quote))
    .map((stated) => {
      const from = places[`${country}|${stated.from}`];
      if (!from) return { stated };
      const km = distanceKm(from.lngLat, incident.lngLat);
      const bearing = bearingDeg(from.lngLat, incident.lngLat);
      const statedBearing = compassBearing(stated.direction);
      const offDegrees =
        statedBearing === undefined ? undefined : Math.abs(((bearing - statedBearing + 540) % 360) - 180);
      return { stated, measured: { from, km, bearing, offDegrees } };
    });
}
