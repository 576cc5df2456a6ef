/**
 * Where the map opens: the box around where the incidents concentrate, not around every one of
 * them. It holds the share (90%) of the reporting period's mapped incidents nearest their median
 * point, so two court filings in California do not pull a map of Libya and Syria out to the
 * Americas. Incidents outside it stay on the map and are listed as "also elsewhere".
 */
import { radiansToLength } from '@turf/turf';
import type { Incident } from '../data/parseIncidents';
import { medianOf, nthSmallest } from '../lib/nthSmallest';

/** [west, south, east, north] */
export type Box = [number, number, number, number];

/** Degrees to radians exactly as turf writes it, so distances (and ties among them) match turf's to the bit. */
const radians = (degrees: number) => ((degrees % 360) * Math.PI) / 180;

/**
 * The distance in km from `centre` to each point: turf's haversine, term for term, but without a
 * point object per incident (a 100,000-row restore frames at once).
 */
function distancesKm([lng0, lat0]: [number, number], pool: readonly Incident[]): Float64Array {
  const out = new Float64Array(pool.length);
  const cos0 = Math.cos(radians(lat0));
  // turf's radiansToLength is radians × this factor: the same product, taken once.
  const kmPerRadian = radiansToLength(1, 'kilometers');
  for (let i = 0; i < pool.length; i++) {
    const [lng, lat] = pool[i].lngLat;
    const a =
      Math.sin(radians(lat - lat0) / 2) ** 2 + Math.sin(radians(lng - lng0) / 2) ** 2 * cos0 * Math.cos(radians(lat));
    out[i] = 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * kmPerRadian;
  }
  return out;
}

/** Whether the point is in the box (indexed, not destructured: it runs once per incident). */
export const insideBox = (at: readonly [number, number], box: Box): boolean =>
  at[0] >= box[0] && at[0] <= box[2] && at[1] >= box[1] && at[1] <= box[3];

/**
 * The box around the `share` of incidents nearest their median point; the incidents of `period`
 * are used when there are any, else every incident. Null when there is nothing to frame.
 */
export function concentrationBox(
  incidents: readonly Incident[],
  period: [number, number] | null,
  share = 0.9,
): Box | null {
  const pool = inPeriodOr(incidents, period);
  if (pool.length === 0) return null;
  // Plain loops, no callback per incident: a restore of 100,000 frames in one pass.
  const lngs = new Float64Array(pool.length);
  const lats = new Float64Array(pool.length);
  for (let i = 0; i < pool.length; i++) [lngs[i], lats[i]] = pool[i].lngLat;
  const centre: [number, number] = [medianOf(lngs), medianOf(lats)];
  // The `keep` nearest the centre, ties taken in list order: those nearer than the keep-th
  // distance, then as many at exactly that distance as are still wanted.
  const km = distancesKm(centre, pool);
  const keep = Math.max(1, Math.ceil(pool.length * share));
  const cut = nthSmallest(km, keep - 1);
  let atCut = keep;
  for (let i = 0; i < km.length; i++) if (km[i] < cut) atCut--;
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < pool.length; i++) {
    if (km[i] > cut || (km[i] === cut && atCut-- <= 0)) continue;
    const [lng, lat] = pool[i].lngLat;
    // Math.min and max, not <: they order -0 before 0 as the box always has.
    box[0] = Math.min(box[0], lng);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lng);
    box[3] = Math.max(box[3], lat);
  }
  return box;
}

/** The incidents of `period` when there are any, else every incident. */
function inPeriodOr(incidents: readonly Incident[], period: [number, number] | null): readonly Incident[] {
  if (!period) return incidents;
  const inPeriod: Incident[] = [];
  for (const incident of incidents)
    if (incident.startDay <= period[1] && incident.endDay >= period[0]) inPeriod.push(incident);
  return inPeriod.length > 0 ? inPeriod : incidents;
}

/** The incidents outside the box, newest first. */
export function outsideBox(incidents: readonly Incident[], box: Box | null): Incident[] {
  if (!box) return [];
  return incidents.filter((i) => !insideBox(i.lngLat, box)).sort((a, b) => b.endDay - a.endDay);
}
