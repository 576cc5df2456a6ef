/**
 * The time-window test the GPU layer's vertex shader runs, written once in JavaScript with the
 * same arithmetic (floats, days relative to the origin, a rule flag), so that table-driven tests
 * pin it down; the vertex shader in src/map/gpu/pointShaders.ts mirrors it line by line (and
 * pointShaders.test.ts runs the shader's lines against this). `passes` is the per-point flag for
 * the filters that are not uniforms (category, actor, search, area, precision, hidden imports):
 * computed on the CPU when those filters change, never per tick. Days are whole numbers below 2^24
 * (float32 columns, see columnar.ts), exact as floats, so the shader and this twin agree over every
 * span the atlas accepts.
 */
export interface GpuWindow {
  from: number;
  to: number;
  contained: boolean;
}

export function gpuKeeps(start: number, end: number, w: GpuWindow, passes = 1): boolean {
  const overlaps = start <= w.to && end >= w.from;
  const inside = start >= w.from && end <= w.to;
  return (w.contained ? inside : overlaps) && passes > 0;
}
