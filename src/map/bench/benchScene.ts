/**
 * The benchmark scene: the app's offline basemap at 1280×720 with N synthetic incidents, drawn by
 * one of three maplibre variants, each answering "apply this window, tell me when it is painted".
 *   floor  the same scene repainted with no change: the cost of one frame
 *   naive  filter in JS and setData per tick, as most tutorials do
 *   gpu    the GPU points layer: one uniform write and one repaint
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { offlineStyle } from '../basemapStyle';
import { GpuPointsLayer } from '../gpu/GpuPointsLayer';
import { buildColumns } from '../../data/columnar';
import { CATEGORIES } from '../../data/vocabulary';
import { CATEGORY_COLORS } from '../../lib/categoryColors';
import type { SyntheticIncident } from '../../data/synthetic';

maplibregl.setWorkerUrl(workerUrl);

export type MapVariant = 'floor' | 'naive' | 'gpu';
export interface BenchScene { apply(from: number, to: number): Promise<void>; drawnCount(): number; renderer(): string }

/** After the map has drawn (the event), wait one animation frame more: the frame has then been handed to the compositor. */
const painted = (map: maplibregl.Map, event: 'idle' | 'render') =>
  new Promise<void>((resolve) => map.once(event, () => requestAnimationFrame(() => resolve())));

function toGeoJson(items: SyntheticIncident[]): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: items.map((s, i) => ({ type: 'Feature', id: i, geometry: { type: 'Point', coordinates: s.lngLat }, properties: { c: CATEGORIES.indexOf(s.category) } })),
  };
}

/** `readable` keeps the drawing buffer so tests can read pixels back; benchmarks leave it off. */
export async function createBenchScene(container: HTMLElement, variant: MapVariant, items: SyntheticIncident[], readable = false): Promise<BenchScene> {
  const map = new maplibregl.Map({
    container, style: offlineStyle(window.location.origin), center: [25, 30], zoom: 2.2, attributionControl: false, fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: readable },
  });
  await painted(map, 'idle');
  const gl = map.painter.context.gl as WebGL2RenderingContext;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = () => String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  let drawn = items.length;
  const circle = (id: string): maplibregl.LayerSpecification => ({
    id, type: 'circle', source: id,
    paint: { 'circle-radius': 3.5, 'circle-color': ['match', ['get', 'c'], ...CATEGORIES.flatMap((c, i) => [i, CATEGORY_COLORS[c]]), '#888'] as unknown as string, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 },
  });

  if (variant === 'gpu') {
    const columns = buildColumns(items.map((s) => ({ lngLat: s.lngLat, startDay: s.startDay, endDay: s.endDay, category: s.category, precision: s.precision })));
    const layer = new GpuPointsLayer('bench-gpu', columns, CATEGORIES.map((c) => CATEGORY_COLORS[c]));
    map.addLayer(layer);
    await painted(map, 'idle');
    return {
      async apply(from, to) {
        const done = painted(map, 'render');
        layer.setWindow({ from: from - columns.dayOrigin, to: to - columns.dayOrigin, contained: false, hiddenCategories: 0 });
        drawn = items.reduce((n, s) => n + Number(s.startDay <= to && s.endDay >= from), 0);
        await done;
      },
      drawnCount: () => drawn,
      renderer,
    };
  }
  map.addSource('bench', { type: 'geojson', data: toGeoJson(items) });
  map.addLayer(circle('bench'));
  await painted(map, 'idle');
  if (variant === 'floor') {
    return {
      async apply() {
        const done = painted(map, 'render');
        map.triggerRepaint();
        await done;
      },
      drawnCount: () => drawn,
      renderer,
    };
  }
  return {
    async apply(from, to) {
      const subset = items.filter((s) => s.startDay <= to && s.endDay >= from);
      drawn = subset.length;
      const done = painted(map, 'idle');
      (map.getSource('bench') as maplibregl.GeoJSONSource).setData(toGeoJson(subset));
      await done;
    },
    drawnCount: () => drawn,
    renderer,
  };
}
