/**
 * Add every source and layer the app draws, once, when the style has loaded. Order, bottom to
 * top: context layers, heatmap, uncertainty circle, incidents (clusters, points, labels), analysis.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Incident } from '../data/parseIncidents';
import type { ContextLayer } from '../data/contextLayers';
import { incidentLayers, uncertaintyLayers } from './layers/incidentLayers';
import { analysisLayers, contextLayerSpecs, heatmapLayer } from './layers/overlayLayers';
import { SOURCE_IDS, contextSourceId } from './layers/ids';
import { toFeatureCollection } from './toFeatureCollection';
import { LARGE_GEOJSON } from './largeGeoJson';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

export function addIncidentLayers(map: MaplibreMap, incidents: Incident[], context: ContextLayer[] = []): void {
  for (const layer of context) {
    map.addSource(contextSourceId(layer.metadata.id), {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: layer.features } as GeoJSON.FeatureCollection,
    });
    for (const spec of contextLayerSpecs(layer)) map.addLayer(spec);
  }
  // A large list (restored before the map loaded) starts empty: bindStoreToMap hands it over as a
  // Blob URL written in slices (largeGeoJson.ts) instead of one object that blocks the page.
  const data = incidents.length >= LARGE_GEOJSON ? EMPTY : toFeatureCollection(incidents);
  map.addSource(SOURCE_IDS.incidentsFlat, { type: 'geojson', data });
  map.addLayer(heatmapLayer());
  map.addSource(SOURCE_IDS.uncertainty, { type: 'geojson', data: EMPTY });
  map.addSource(SOURCE_IDS.incidents, {
    type: 'geojson',
    data,
    cluster: true,
    clusterRadius: 36,
    clusterMaxZoom: 6,
    promoteId: 'incidentId',
  });
  for (const layer of [...uncertaintyLayers(), ...incidentLayers()]) map.addLayer(layer);
  map.addSource(SOURCE_IDS.analysis, { type: 'geojson', data: EMPTY });
  for (const layer of analysisLayers()) map.addLayer(layer);
}
