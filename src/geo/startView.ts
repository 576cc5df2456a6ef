/**
 * Where the map opens: the box around where the incidents concentrate, not around every one of
 * them. It holds the share (90%) of the reporting period's mapped incidents nearest their median
 * point, so two court filings in California do not pull a map of Libya and Syria out to the
 * Americas. Incidents outside it stay on the map and are listed as "also elsewhere".
 */
import type { Incident } from '../data/parseIncidents';
import { distanceKm } from './analysis';

/** [west, south, east, north] */
export type Box = [number, number, number, number];

/** The median of the values (sorted as a typed array: a 100,000-row import frames itself at once). */
const median = (values: Float64Array): number => {
  const sorted = values.slice().sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const insideBox = ([lng, lat]: [number, number], [w, s, e, n]: Box): boolean =>
  lng >= w && lng <= e && lat >= s && lat <= n;

/**
 * The box around the `share` of incidents nearest their median point; the incidents of `period`
 * are used when there are any, else every incident. Null when there is nothing to frame.
 */
export function concentrationBox(
  incidents: readonly Incident[],
  period: [number, number] | null,
  share = 0.9,
): Box | null {
  const inPeriod = period ? incidents.filter((i) => i.startDay <= period[1] && i.endDay >= period[0]) : [];
  const pool = inPeriod.length > 0 ? inPeriod : incidents;
  if (pool.length === 0) return null;
  const centre: [number, number] = [
    median(Float64Array.from(pool, (i) => i.lngLat[0])),
    median(Float64Array.from(pool, (i) => i.lngLat[1])),
  ];
  // The `keep` nearest the centre, ties taken in list order: those nearer than the keep-th
  // distance, then as many at exactly that distance as are still wanted.
  const km = Float64Array.from(pool, (i) => distanceKm(centre, i.lngLat));
  const keep = Math.max(1, Math.ceil(pool.length * share));
  const cut = km.slice().sort()[keep - 1];
  let atCut = keep - km.reduce((n, d) => n + (d < cut ? 1 : 0), 0);
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  pool.forEach((incident, i) => {
    if (km[i] > cut || (km[i] === cut && atCut-- <= 0)) return;
    const [lng, lat] = incident.lngLat;
    box[0] = Math.min(box[0], lng);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lng);
    box[3] = Math.max(box[3], lat);
  });
  return box;
}

/** The incidents outside the box, newest first. */
export function outsideBox(incidents: readonly Incident[], box: Box | null): Incident[] {
  if (!box) return [];
  return incidents.filter((i) => !insideBox(i.lngLat, box)).sort((a, b) => b.endDay - a.endDay);
}
