/**
 * From how many incidents the GPU points layer draws the time window while the slider moves, and
 * how long the slider must be still before the native layers follow. Kept apart from the layer's
 * code so that the page can decide whether to load that code at all (lazyGpuTimeFilter.ts).
 * Why 10,000: see gpuTimeFilter.ts and docs/benchmarks.md.
 */
export const GPU_POINTS_THRESHOLD = 10_000;
export const SETTLE_MS = 250;
