/** The circle drawn around a selected or hovered incident: how far its true location may be from the point. */
import type { Feature, Polygon } from 'geojson';
import { disc } from './contextGeometry';

export function uncertaintyCircle(lngLat: [number, number], radiusKm: number): Feature<Polygon> {
  return disc(lngLat, radiusKm);
}
