/** The circle drawn around a selected or hovered incident: how far its true location may be from the point. */
import { circle } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';

export function uncertaintyCircle(lngLat: [number, number], radiusKm: number): Feature<Polygon> {
  return circle(lngLat, radiusKm, { steps: 64, units: 'kilometers' });
}
