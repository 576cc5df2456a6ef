/** Add the incident and uncertainty sources and layers once, when the style has loaded. */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Incident } from '../data/parseIncidents';
import { incidentLayers, uncertaintyLayers } from './layers/incidentLayers';
import { SOURCE_IDS } from './layers/ids';
import { toFeatureCollection } from './toFeatureCollection';

export function addIncidentLayers(map: MaplibreMap, incidents: Incident[]): void {
  map.addSource(SOURCE_IDS.uncertainty, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addSource(SOURCE_IDS.incidents, {
    type: 'geojson',
    data: toFeatureCollection(incidents),
    cluster: true,
    clusterRadius: 36,
    clusterMaxZoom: 6,
    promoteId: 'incidentId',
  });
  for (const layer of [...uncertaintyLayers(), ...incidentLayers()]) map.addLayer(layer);
}
