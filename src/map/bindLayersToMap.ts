/** Store → map for the layer panel: base layers on and off, clustering, and the context layers. */
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import type { AppStore } from '../store/appStore';
import type { BaseLayer } from '../store/types';
import { BASE_LAYER_IDS, SOURCE_IDS, contextLayerIds } from './layers/ids';

export function bindLayersToMap(map: MaplibreMap, store: AppStore): () => void {
  const show = (ids: readonly string[], on: boolean) => {
    for (const id of ids) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
  };
  /** addIncidentLayers creates the source clustered; a link may ask otherwise before the map exists. */
  let clustered = true;
  const unsubscribers = [
    store.subscribe(
      (s) => s.baseLayers,
      (layers) => {
        for (const [layer, on] of Object.entries(layers) as Array<[BaseLayer, boolean]>)
          show(BASE_LAYER_IDS[layer], on);
        if (layers.clusters !== clustered) {
          // Without clusters every incident is drawn as its own marker at every zoom.
          clustered = layers.clusters;
          void (map.getSource(SOURCE_IDS.incidents) as GeoJSONSource | undefined)?.setClusterOptions({
            cluster: clustered,
          });
        }
      },
      { fireImmediately: true },
    ),
    store.subscribe(
      (s) => s.contextLayersOn,
      (on) => {
        for (const layer of store.getState().contextLayers)
          show(contextLayerIds(layer.metadata.id), on.includes(layer.metadata.id));
      },
      { fireImmediately: true },
    ),
  ];
  return () => unsubscribers.forEach((u) => u());
}
