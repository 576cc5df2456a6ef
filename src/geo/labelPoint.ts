/** Where to put a label for a (multi)polygon: inside its largest part, at the centre of mass when that is inside. */
import { area, booleanPointInPolygon, centerOfMass, pointOnFeature, polygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';

export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const all = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  // A part whose ring wraps across ±180° has a meaningless centre: label one that does not.
  const unwrapped = all.filter((rings) => countAntimeridianJumps(rings) === 0);
  const parts = unwrapped.length > 0 ? unwrapped : all;
  const largest = parts
    .map((rings) => polygon(rings))
    .reduce((best, part) => (area(part) > area(best) ? part : best));
  const centre = centerOfMass(largest).geometry.coordinates as [number, number];
  const point = booleanPointInPolygon(centre, largest) ? centre : (pointOnFeature(largest).geometry.coordinates as [number, number]);
  return [Number(point[0].toFixed(3)), Number(point[1].toFixed(3))];
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
