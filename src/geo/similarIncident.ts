/**
 * Does a new incident look like one already in the atlas? The same category, within 10 km and
 * 2 days, and at least one actor in common. The nearest such incident is returned with the reasons
 * it matched, so the review can say why and offer to add the new excerpts to it as a further source.
 */
import type { Incident } from '../data/incidentList';
import type { Category } from '../data/vocabulary';
import { distanceKm, type LngLat } from './analysis';

export const SIMILAR_KM = 10;
export const SIMILAR_DAYS = 2;

export interface Candidate {
  category: Category;
  lngLat: LngLat;
  startDay: number;
  endDay: number;
  actors: string[];
}

export interface SimilarIncident {
  incident: Incident;
  km: number;
  /** Days between the two date ranges; 0 when they overlap. */
  daysApart: number;
  sharedActors: string[];
}

/** Days between two inclusive day ranges; 0 when they overlap. */
export function daysBetween(a: [number, number], b: [number, number]): number {
  return Math.max(0, a[0] - b[1], b[0] - a[1]);
}

export function findSimilarIncident(
  candidate: Candidate,
  incidents: readonly Incident[],
  skip: (incident: Incident) => boolean = () => false,
): SimilarIncident | null {
  let best: SimilarIncident | null = null;
  for (const incident of incidents) {
    const p = incident.feature.properties;
    if (p.category !== candidate.category || skip(incident)) continue;
    const daysApart = daysBetween([candidate.startDay, candidate.endDay], [incident.startDay, incident.endDay]);
    if (daysApart > SIMILAR_DAYS) continue;
    const sharedActors = p.actors.map((a) => a.actor).filter((a) => candidate.actors.includes(a));
    if (sharedActors.length === 0) continue;
    const km = distanceKm(candidate.lngLat, incident.lngLat);
    if (km > SIMILAR_KM) continue;
    if (!best || km < best.km) best = { incident, km, daysApart, sharedActors };
  }
  return best;
}
