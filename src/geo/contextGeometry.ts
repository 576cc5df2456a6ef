/**
 * Geometry for the context layers, built from gazetteer points: a schematic route through towns,
 * a corridor around a line, and an indicative disc around a place. Every shape is drawn from
 * named points and a stated width, so its note can say exactly how it was made.
 */
import { buffer, circle, lineString } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';

export type LngLat = [number, number];

const round = (coords: LngLat): LngLat => [Number(coords[0].toFixed(5)), Number(coords[1].toFixed(5))];

/** Straight segments through the given points, in order. */
export function routeThrough(points: LngLat[]): Feature<LineString> {
  if (points.length < 2) throw new Error('a route needs at least two points');
  return lineString(points.map(round));
}

/** The area within `km` of a line through the points. */
export function corridor(points: LngLat[], km: number): Feature<Polygon | MultiPolygon> {
  const shape = buffer(routeThrough(points), km, { units: 'kilometers', steps: 8 });
  if (!shape) throw new Error('buffer produced no geometry');
  return roundPolygon(shape);
}

/** A disc of `km` around a point, for an area whose edge the sources do not give. */
export function disc(centre: LngLat, km: number): Feature<Polygon> {
  return roundPolygon(circle(centre, km, { units: 'kilometers', steps: 64 })) as Feature<Polygon>;
}

function roundPolygon<T extends Polygon | MultiPolygon>(feature: Feature<T>): Feature<T> {
  const g = feature.geometry;
  const rings = (r: number[][][]) => r.map((ring) => ring.map((c) => round(c as LngLat)));
  const geometry =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: rings(g.coordinates) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map(rings) };
  return { type: 'Feature', properties: {}, geometry: geometry as unknown as T };
}
