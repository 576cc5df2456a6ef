/**
 * The time-window test the GPU layer's vertex shader runs, written once in JavaScript with the
 * same arithmetic (floats, days relative to the origin, a rule flag and a category bitmask), so
 * that table-driven tests pin it down; the vertex shader in src/map/gpu/pointShaders.ts mirrors it
 * line by line. `passes` is the per-point flag for the filters that are not uniforms (actor,
 * search, area, precision, hidden imports): computed on the CPU when those filters change, never per tick.
 */
export interface GpuWindow { from: number; to: number; contained: boolean; hiddenCategories: number }

export function gpuKeeps(start: number, end: number, category: number, w: GpuWindow, passes = 1): boolean {
  const overlaps = start <= w.to && end >= w.from;
  const inside = start >= w.from && end <= w.to;
  const hidden = Math.floor(w.hiddenCategories / 2 ** category) % 2 === 1;
  return (w.contained ? inside : overlaps) && !hidden && passes > 0;
}

/** The category bitmask uniform: bit i set when category i is hidden. */
export const categoryMask = (hidden: number[]): number => hidden.reduce((mask, i) => mask + 2 ** i, 0);
