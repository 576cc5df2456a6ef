/** The analysis overlay as GeoJSON: the measure path with a label at each point, the nearby circle and the drawn area. */
import type { Feature, FeatureCollection } from 'geojson';
import type { AppState } from '../store/types';
import { compassName, measurePath } from '../geo/analysis';
import { disc } from '../geo/contextGeometry';
import { selectSelectedIncident } from '../store/selectors';
import { formatKm } from '../lib/formatDistance';

export function analysisOverlay(s: AppState): FeatureCollection {
  const features: Feature[] = [];
  const points = s.measurePoints;
  if (points.length > 1)
    features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: points } });
  const path = measurePath(points);
  let total = 0;
  points.forEach((p, i) => {
    const leg = i > 0 ? path.legs[i - 1] : undefined;
    total += leg?.km ?? 0;
    const label = leg ? `${formatKm(total)} · ${compassName(leg.bearing)}` : undefined;
    features.push({ type: 'Feature', properties: label ? { label } : {}, geometry: { type: 'Point', coordinates: p } });
  });
  const selected = selectSelectedIncident(s);
  if (selected && s.nearbyKm) features.push({ ...disc(selected.lngLat, s.nearbyKm), properties: { kind: 'nearby' } });
  if (s.drawnArea) features.push({ ...s.drawnArea, properties: { kind: 'area' } });
  return { type: 'FeatureCollection', features };
}
