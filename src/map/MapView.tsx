/** The map's lifetime shell: create once, bind to the store, tear down. No store hooks, so React never re-renders the map. */
import { useEffect, useRef } from 'react';
import { appStore } from '../store/appStore';
import { createMap } from './createMap';
import { addIncidentLayers } from './addIncidentLayers';
import { bindStoreToMap } from './bindStoreToMap';
import { bindMapToStore } from './bindMapToStore';
import { registerAutomationHook } from './automationHook';
import { bindLayersToMap } from './bindLayersToMap';
import { bindMapTools } from './bindMapTools';
import { bindImageExport } from './bindImageExport';
import { bindThemeToMap } from './bindThemeToMap';
import { selectDarkTheme } from '../store/displaySlice';
import { selectStartBox } from '../store/selectors';
import { isPhoneLayout, sheetAwareOffsetY } from './phoneLayout';
import { createLazyGpuTimeFilter } from './gpu/lazyGpuTimeFilter';
import { bindFraming } from './bindFraming';
import { bindWhenNeeded } from './bindWhenNeeded';
import type { Box } from '../geo/startView';

/** Room left when fitting the start view; on a phone the bottom sheet's peek covers the lower 200 px. */
const fitPadding = () => ({ top: 60, bottom: isPhoneLayout() ? 220 : 60, left: 40, right: 60 });

export function MapView() {
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const fitBox = (bounds: Box, animate: boolean) =>
      map.fitBounds(bounds, { padding: fitPadding(), maxZoom: 8, animate });
    const fitAll = (animate: boolean) => {
      const bounds = selectStartBox(appStore.getState());
      if (bounds) fitBox(bounds, animate);
    };
    let map: ReturnType<typeof createMap>;
    try {
      map = createMap(container, () => fitAll(true), selectDarkTheme(appStore.getState()));
    } catch (error) {
      appStore.getState().setMapStatus({ state: 'failed', reason: describeMapFailure(error) });
      return;
    }
    const cleanups: Array<() => void> = [registerAutomationHook(map, appStore)];
    map.once('idle', () => appStore.getState().setMapStatus({ state: 'ready' }));
    map.once('load', () => {
      addIncidentLayers(map, appStore.getState().incidents, appStore.getState().contextLayers);
      const camera = appStore.getState().camera;
      if (camera) map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
      else fitAll(false);
      // A link that opens with a selection on a phone: lift the map so the marker is not under the details sheet.
      if (appStore.getState().selectedId && isPhoneLayout())
        map.panBy([0, -sheetAwareOffsetY(container.clientHeight)], { animate: false });
      const gpu = createLazyGpuTimeFilter(map, appStore);
      window.__atlas!.timeFilter = gpu;
      cleanups.push(
        gpu.destroy,
        bindThemeToMap(map, appStore),
        bindStoreToMap(map, appStore, gpu),
        bindMapToStore(map, appStore, gpu.pickAt),
        bindLayersToMap(map, appStore),
        bindMapTools(map, appStore),
        bindWhenNeeded(
          map,
          appStore,
          (s) => s.placingPin !== null,
          () => import('./bindPlacingPin').then((m) => m.bindPlacingPin),
        ),
        bindImageExport(map, appStore),
        bindFraming(appStore, (box) => fitBox(box, true)),
        bindWhenNeeded(
          map,
          appStore,
          (s) => s.presenting !== null,
          () => import('./bindBriefing').then((m) => m.bindBriefing),
        ),
        bindWhenNeeded(
          map,
          appStore,
          (s) => s.recorderOpen,
          () => import('./recording/bindRecording').then((m) => m.bindRecording),
        ),
      );
    });
    return () => {
      cleanups.forEach((cleanup) => cleanup());
      map.remove();
    };
  }, []);

  return (
    <div ref={containerRef} className="map-view" data-testid="map-view" role="region" aria-label="Map of incidents" />
  );
}

function describeMapFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /webgl/i.test(message)
    ? `this browser could not start WebGL, which the map needs (${message}).`
    : `the map could not start (${message}).`;
}
