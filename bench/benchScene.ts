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
import { offlineStyle } from '../src/map/basemapStyle';
import { createGpuBenchScene } from './gpuBenchScene';
import type { BenchData, BenchScene, MapVariant } from './types';
import { CATEGORIES } from '../src/data/vocabulary';
import { CATEGORY_COLORS } from '../src/data/categoryColors';
import type { SyntheticIncident } from '../src/data/synthetic';

maplibregl.setWorkerUrl(workerUrl);

/** After the map has drawn (the event), wait one animation frame more: the frame has then been handed to the compositor. */
const painted = (map: maplibregl.Map, event: 'idle' | 'render') =>
  new Promise<void>((resolve) => map.once(event, () => requestAnimationFrame(() => resolve())));

function toGeoJson(items: SyntheticIncident[]): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: items.map((s, i) => ({
      type: 'Feature',
      id: i,
      geometry: { type: 'Point', coordinates: s.lngLat },
      properties: { c: CATEGORIES.indexOf(s.category) },
    })),
  };
}

/** `readable` keeps the drawing buffer so tests can read pixels back; benchmarks leave it off. */
export async function createBenchScene(
  container: HTMLElement,
  variant: MapVariant,
  pendingData: BenchData | Promise<BenchData>,
  readable = false,
): Promise<BenchScene> {
  const map = new maplibregl.Map({
    container,
    style: offlineStyle(window.location.origin),
    center: [25, 30],
    zoom: 2.2,
    attributionControl: false,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: readable },
  });
  await painted(map, 'idle');
  // The map's own context, through the public canvas (getContext returns the existing one, never a second).
  const canvas = map.getCanvas();
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = () => String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  // The map loads while a worker builds the columns.
  const data = await pendingData;
  if ('columns' in data)
    return createGpuBenchScene(map, data.columns, data.pickData, (event) => painted(map, event), renderer);
  const items = data.items;
  let drawn = items.length;
  const circle = (id: string): maplibregl.LayerSpecification => ({
    id,
    type: 'circle',
    source: id,
    paint: {
      'circle-radius': 3.5,
      'circle-color': [
        'match',
        ['get', 'c'],
        ...CATEGORIES.flatMap((c, i) => [i, CATEGORY_COLORS[c]]),
        '#888',
      ] as unknown as string,
      'circle-stroke-color': '#fff',
      'circle-stroke-width': 1,
    },
  });

  map.addSource('bench', { type: 'geojson', data: toGeoJson(items) });
  map.addLayer(circle('bench'));
  await painted(map, 'idle');
  /** The native way to pick: rendered features within 6 px of the click. */
  const pickAt = ([x, y]: [number, number]) => {
    const hit = map.queryRenderedFeatures(
      [
        [x - 6, y - 6],
        [x + 6, y + 6],
      ],
      { layers: ['bench'] },
    )[0];
    return hit ? Number(hit.id) : null;
  };
  const samplePoints = (k: number) => {
    const hits = map.queryRenderedFeatures({ layers: ['bench'] });
    return Array.from({ length: Math.min(k, hits.length) }, (_, i) => hits[Math.floor((i * hits.length) / k)])
      .map((f) => map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]))
      .filter((p) => p.x > 10 && p.y > 10 && p.x < 1270 && p.y < 710)
      .map((p) => [p.x, p.y] as [number, number]);
  };
  if (variant === 'floor') {
    return {
      async apply() {
        const done = painted(map, 'render');
        map.triggerRepaint();
        await done;
      },
      drawnCount: () => drawn,
      renderer,
      pickAt,
      samplePoints,
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
    pickAt,
    samplePoints,
  };
}
