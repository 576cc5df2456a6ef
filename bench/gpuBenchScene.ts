/**
 * The benchmark's GPU variant: columns and the picking index arrive from a worker as transferred
 * buffers; a tick is one uniform write and one repaint; a click is a kd-tree query.
 */
import * as maplibregl from 'maplibre-gl';
import { GpuPointsLayer } from '../src/map/gpu/GpuPointsLayer';
import type { ColumnarIncidents } from '../src/data/columnar';
import { mercatorPerPixel, pickIndexFrom, pickRow } from '../src/data/pickIndex';
import type { GpuWindow } from '../src/data/gpuKeepRule';
import { CATEGORIES } from '../src/data/vocabulary';
import { CATEGORY_COLORS } from '../src/data/categoryColors';
import type { BenchScene } from './types';

const PICK_RADIUS_PX = 6;

export async function createGpuBenchScene(
  map: maplibregl.Map,
  columns: ColumnarIncidents,
  pickData: ArrayBuffer,
  painted: (event: 'idle' | 'render') => Promise<void>,
  renderer: () => string,
): Promise<BenchScene> {
  const layer = new GpuPointsLayer(
    'bench-gpu',
    columns,
    CATEGORIES.map((c) => CATEGORY_COLORS[c]),
  );
  const index = pickIndexFrom(pickData);
  let window: GpuWindow = { from: 0, to: 0xffff, contained: false };
  map.addLayer(layer);
  await painted('idle');
  const drawnRows = () => {
    const rows: number[] = [];
    for (let i = 0; i < columns.count; i++)
      if (columns.start[i] <= window.to && columns.end[i] >= window.from) rows.push(i);
    return rows;
  };
  return {
    async apply(from, to) {
      const done = painted('render');
      window = { from: from - columns.dayOrigin, to: to - columns.dayOrigin, contained: false };
      layer.setWindow(window);
      await done;
    },
    drawnCount: () => drawnRows().length,
    renderer,
    pickAt(point) {
      const { x, y } = maplibregl.MercatorCoordinate.fromLngLat(map.unproject(point));
      const row = pickRow(index, columns, x, y, PICK_RADIUS_PX * mercatorPerPixel(map.getZoom()), window);
      return row < 0 ? null : columns.order[row];
    },
    samplePoints(k) {
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      const onScreen = drawnRows()
        .map((row) => map.project(new maplibregl.MercatorCoordinate(columns.x[row], columns.y[row]).toLngLat()))
        .filter((p) => p.x > 10 && p.y > 10 && p.x < w - 10 && p.y < h - 10);
      return Array.from(
        { length: Math.min(k, onScreen.length) },
        (_, i) => onScreen[Math.floor((i * onScreen.length) / k)],
      ).map((p) => [p.x, p.y] as [number, number]);
    },
  };
}
