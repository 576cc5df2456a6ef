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

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
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
  const centre: [number, number] = [median(pool.map((i) => i.lngLat[0])), median(pool.map((i) => i.lngLat[1]))];
  const nearest = pool
    .map((i) => ({ i, km: distanceKm(centre, i.lngLat) }))
    .sort((a, b) => a.km - b.km)
    .slice(0, Math.max(1, Math.ceil(pool.length * share)));
  const lngs = nearest.map((x) => x.i.lngLat[0]);
  const lats = nearest.map((x) => x.i.lngLat[1]);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

/** The incidents outside the box, newest first. */
export function outsideBox(incidents: readonly Incident[], box: Box | null): Incident[] {
  if (!box) return [];
  return incidents.filter((i) => !insideBox(i.lngLat, box)).sort((a, b) => b.endDay - a.endDay);
}
