/**
 * Picking for the GPU points layer: which incident is under the pointer. A kd-tree (kdbush) over
 * the columns' Mercator x/y answers "points within r of here" in O(log N + k); the same window
 * test the shader runs (gpuKeeps) then drops what is not drawn, and the nearest drawn point wins,
 * ties going to the one drawn last (on top). The index is one ArrayBuffer, so a worker can build
 * it and transfer it (KDBush.from on the other side).
 */
import KDBush from 'kdbush';
import type { ColumnarIncidents } from './columnar';
import { gpuKeeps, type GpuWindow } from './gpuKeepRule';

export function buildPickIndex(c: ColumnarIncidents): KDBush {
  const index = new KDBush(c.count, 64, Float32Array);
  for (let i = 0; i < c.count; i++) index.add(c.x[i], c.y[i]);
  index.finish();
  return index;
}

export const pickIndexFrom = (data: ArrayBuffer): KDBush => KDBush.from(data);

/** World size in Mercator units of one screen pixel at a zoom (512-px tiles, as maplibre). */
export const mercatorPerPixel = (zoom: number): number => 1 / (512 * 2 ** zoom);

/**
 * The row drawn nearest to (x, y) within `radius` (Mercator units), or -1. `passes` is the layer's
 * per-point flag for the filters other than time, category included (all pass when omitted).
 */
export function pickRow(
  index: KDBush,
  c: ColumnarIncidents,
  x: number,
  y: number,
  radius: number,
  w: GpuWindow,
  passes?: Uint8Array,
): number {
  let best = -1;
  let bestDistance = Infinity;
  for (const row of index.within(x, y, radius)) {
    if (!gpuKeeps(c.start[row], c.end[row], w, passes ? passes[row] : 1)) continue;
    const d = (c.x[row] - x) ** 2 + (c.y[row] - y) ** 2;
    if (d < bestDistance || (d === bestDistance && row > best)) {
      best = row;
      bestDistance = d;
    }
  }
  return best;
}
