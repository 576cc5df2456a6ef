/**
 * Turf analysis kernels, pure: data in, data out. Geodesic (great-circle) distances in km and
 * miles, initial bearings in degrees clockwise from north, points within a radius or a polygon.
 */
import {
  bbox,
  bboxPolygon,
  bearing,
  booleanPointInPolygon,
  distance,
  lineString,
  point,
  pointToLineDistance,
} from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export type LngLat = [number, number];
export const KM_PER_MILE = 1.609344;

export interface Leg {
  from: LngLat;
  to: LngLat;
  km: number;
  miles: number;
  bearing: number;
}
export interface Measurement {
  legs: Leg[];
  km: number;
  miles: number;
}

/** Bearing normalised to [0, 360). */
export function bearingDeg(from: LngLat, to: LngLat): number {
  return (bearing(point(from), point(to)) + 360) % 360;
}

export function distanceKm(a: LngLat, b: LngLat): number {
  return distance(point(a), point(b), { units: 'kilometers' });
}

/** The path through the points: each leg's distance and initial bearing, and the total. */
export function measurePath(points: LngLat[]): Measurement {
  const legs: Leg[] = [];
  for (let i = 1; i < points.length; i++) {
    const km = distanceKm(points[i - 1], points[i]);
    legs.push({
      from: points[i - 1],
      to: points[i],
      km,
      miles: km / KM_PER_MILE,
      bearing: bearingDeg(points[i - 1], points[i]),
    });
  }
  const km = legs.reduce((sum, leg) => sum + leg.km, 0);
  return { legs, km, miles: km / KM_PER_MILE };
}

const COMPASS = [
  'north',
  'north-northeast',
  'northeast',
  'east-northeast',
  'east',
  'east-southeast',
  'southeast',
  'south-southeast',
  'south',
  'south-southwest',
  'southwest',
  'west-southwest',
  'west',
  'west-northwest',
  'northwest',
  'north-northwest',
] as const;
export type CompassPoint = (typeof COMPASS)[number];

/** "southwest" for 225°, on the 16-point rose. */
export function compassName(degrees: number): CompassPoint {
  return COMPASS[Math.round((((degrees % 360) + 360) % 360) / 22.5) % 16];
}

/** The bearing a compass word means, e.g. "southwest" → 225, "south-west" too. */
export function compassBearing(word: string): number | undefined {
  const i = COMPASS.indexOf(
    word
      .toLowerCase()
      .replace(/-/g, '')
      .replace(
        /^(north|south|east|west)(north|south|east|west)(north|south|east|west)?$/,
        (_, a: string, b: string, c?: string) => (c ? `${a}-${b}${c}` : `${a}${b}`),
      ) as CompassPoint,
  );
  return i >= 0 ? i * 22.5 : undefined;
}

export interface Near<T> {
  item: T;
  km: number;
  bearing: number;
}

/** Items within `km` of the origin, nearest first. */
export function within<T>(origin: LngLat, items: T[], km: number, at: (item: T) => LngLat): Array<Near<T>> {
  return items
    .map((item) => ({ item, km: distanceKm(origin, at(item)), bearing: bearingDeg(origin, at(item)) }))
    .filter((near) => near.km <= km)
    .sort((a, b) => a.km - b.km);
}

/** The rectangle spanned by two corners, as a polygon. */
export function boxFromCorners(a: LngLat, b: LngLat): Feature<Polygon> {
  return bboxPolygon([Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])]);
}

/** Items inside the polygon. */
export function insidePolygon<T>(items: T[], polygon: Feature<Polygon | MultiPolygon>, at: (item: T) => LngLat): T[] {
  const [w, s, e, n] = bbox(polygon);
  return items.filter((item) => {
    const [x, y] = at(item);
    return x >= w && x <= e && y >= s && y <= n && booleanPointInPolygon(point([x, y]), polygon);
  });
}

/** Shortest distance from a point to a polyline, in km. */
export function distanceToLineKm(p: LngLat, line: LngLat[]): number {
  return pointToLineDistance(point(p), lineString(line), { units: 'kilometers' });
}
