/** The map's lifetime shell: create once, bind to the store, tear down. No store hooks, so React never re-renders the map. */
import { useEffect, useRef } from 'react';
import { appStore } from '../store/appStore';
import { boundsOf } from '../geo/bounds';
import { createMap } from './createMap';
import { addIncidentLayers } from './addIncidentLayers';
import { bindStoreToMap } from './bindStoreToMap';
import { bindMapToStore } from './bindMapToStore';
import { registerAutomationHook } from './automationHook';
import { bindLayersToMap } from './bindLayersToMap';
import { bindMapTools } from './bindMapTools';
import { bindImageExport } from './bindImageExport';

/** Room left for the side panels when fitting all incidents. */
const FIT_PADDING = { top: 60, bottom: 60, left: 60, right: 60 };

export function MapView() {
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const fitAll = (animate: boolean) => {
      const bounds = boundsOf(appStore.getState().incidents.map((i) => i.lngLat));
      if (bounds) map.fitBounds(bounds, { padding: FIT_PADDING, maxZoom: 8, animate });
    };
    const map = createMap(container, () => fitAll(true));
    const cleanups: Array<() => void> = [registerAutomationHook(map, appStore)];
    map.once('load', () => {
      addIncidentLayers(map, appStore.getState().incidents, appStore.getState().contextLayers);
      const camera = appStore.getState().camera;
      if (camera) map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
      else fitAll(false);
      cleanups.push(bindStoreToMap(map, appStore), bindMapToStore(map, appStore), bindLayersToMap(map, appStore), bindMapTools(map, appStore), bindImageExport(map, appStore));
    });
    return () => {
      cleanups.forEach((cleanup) => cleanup());
      map.remove();
    };
  }, []);

  return <div ref={containerRef} className="map-view" data-testid="map-view" role="region" aria-label="Map of incidents" />;
}
