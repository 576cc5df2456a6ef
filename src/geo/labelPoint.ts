/** Where to put a label for a (multi)polygon: inside its largest part, at the centre of mass when that is inside. */
import { area, booleanPointInPolygon, centerOfMass, pointOnFeature, polygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';

export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const all = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  // A part whose ring wraps across ±180° is measured in 0–360° longitudes, then wrapped back.
  const parts = all.map((rings) =>
    countAntimeridianJumps(rings) === 0
      ? rings
      : rings.map((ring) => ring.map(([lng, lat]) => [lng < 0 ? lng + 360 : lng, lat])),
  );
  const largest = parts.map((rings) => polygon(rings)).reduce((best, part) => (area(part) > area(best) ? part : best));
  const centre = centerOfMass(largest).geometry.coordinates as [number, number];
  const point = booleanPointInPolygon(centre, largest)
    ? centre
    : (pointOnFeature(largest).geometry.coordinates as [number, number]);
  const lng = point[0] > 180 ? point[0] - 360 : point[0];
  return [Number(lng.toFixed(3)), Number(point[1].toFixed(3))];
}

/** Number of ring segments that jump more than 180° of longitude: each would draw as a streak across the map. */
export function countAntimeridianJumps(coordinates: unknown): number {
  if (!Array.isArray(coordinates) || coordinates.length === 0) return 0;
  if (typeof coordinates[0] === 'number') return 0;
  if (Array.isArray(coordinates[0]) && typeof coordinates[0][0] === 'number') {
    let jumps = 0;
    for (let i = 1; i < coordinates.length; i++) if (Math.abs(coordinates[i][0] - coordinates[i - 1][0]) > 180) jumps++;
    return jumps;
  }
  return coordinates.reduce((sum: number, part: unknown) => sum + countAntimeridianJumps(part), 0);
}
