/**
 * The analysis tools on the map. Measure: each click adds a point. Area: drag a box (map panning
 * pauses while the tool is on). Esc ends either tool. The overlay is redrawn from the store.
 */
import type { GeoJSONSource, Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl';
import type { AppStore } from '../store/appStore';
import type { LngLat } from '../store/types';
import { boxFromCorners } from '../geo/analysis';
import { analysisOverlay } from './analysisOverlay';
import { SOURCE_IDS } from './layers/ids';

export function bindMapTools(map: MaplibreMap, store: AppStore): () => void {
  let boxStart: LngLat | null = null;
  const at = (e: MapMouseEvent): LngLat => [e.lngLat.lng, e.lngLat.lat];

  const onClick = (e: MapMouseEvent) => {
    if (store.getState().tool === 'measure') store.getState().addMeasurePoint(at(e));
  };
  const onDown = (e: MapMouseEvent) => {
    if (store.getState().tool !== 'area') return;
    e.preventDefault();
    boxStart = at(e);
  };
  const onMove = (e: MapMouseEvent) => {
    if (boxStart) store.getState().setDrawnArea(boxFromCorners(boxStart, at(e)));
  };
  const onUp = (e: MapMouseEvent) => {
    if (!boxStart) return;
    const start = boxStart;
    boxStart = null;
    const end = at(e);
    if (start[0] !== end[0] && start[1] !== end[1]) store.getState().setDrawnArea(boxFromCorners(start, end));
    store.getState().setTool('none');
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && store.getState().tool !== 'none') {
      e.stopImmediatePropagation();
      boxStart = null;
      store.getState().setTool('none');
    }
  };

  const redraw = () =>
    (map.getSource(SOURCE_IDS.analysis) as GeoJSONSource | undefined)?.setData(analysisOverlay(store.getState()));
  const unsubscribers = [
    store.subscribe((s) => [s.measurePoints, s.drawnArea, s.nearbyKm, s.selectedId] as const, redraw, {
      equalityFn: (a, b) => a.every((v, i) => v === b[i]),
      fireImmediately: true,
    }),
    store.subscribe(
      (s) => s.tool,
      (tool) => {
        if (tool === 'area') map.dragPan.disable();
        else map.dragPan.enable();
        map.getCanvas().style.cursor = tool === 'none' ? '' : 'crosshair';
      },
    ),
  ];
  map.on('click', onClick);
  map.on('mousedown', onDown);
  map.on('mousemove', onMove);
  map.on('mouseup', onUp);
  window.addEventListener('keydown', onKey, true);
  return () => {
    unsubscribers.forEach((u) => u());
    map.off('click', onClick);
    map.off('mousedown', onDown);
    map.off('mousemove', onMove);
    map.off('mouseup', onUp);
    window.removeEventListener('keydown', onKey, true);
  };
}
