/** Bounds of a set of incidents for fitBounds, as [west, south, east, north]. */
import { bbox, featureCollection, point } from '@turf/turf';

export function boundsOf(lngLats: Array<[number, number]>): [number, number, number, number] | null {
  if (lngLats.length === 0) return null;
  const [w, s, e, n] = bbox(featureCollection(lngLats.map((c) => point(c))));
  return [w, s, e, n];
}
