/**
 * The GPU time filter, loaded only when the data reaches its threshold. The bundled 47 incidents
 * never need it, so its code (the WebGL layer, the column builder, the pick index) is not part of
 * the first paint; an import or a restore that brings the list to GPU_POINTS_THRESHOLD starts the
 * load, which takes milliseconds, long before such an import has finished validating its rows.
 *
 * While the code is on its way `handles` already says true, so that a restore of 100,000 does not
 * hand them all to the native layers first (data/drawingLimits.ts): the latest preview asked for
 * is kept and shown when the code arrives. If it cannot load, `handles` says false from then on
 * and the kept preview's commit runs at once, so the native layers draw the window (slower at
 * this size, but nothing is hidden). Settle delays asked for meanwhile are applied when it arrives.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { AppStore } from '../../store/appStore';
import type { GpuTimeFilter } from './gpuTimeFilter';
import { GPU_POINTS_THRESHOLD, SETTLE_MS } from './gpuThreshold';

export function createLazyGpuTimeFilter(
  map: MaplibreMap,
  store: AppStore,
  threshold = GPU_POINTS_THRESHOLD,
): GpuTimeFilter {
  let real: GpuTimeFilter | null = null;
  let loading = false;
  let destroyed = false;
  let settleMs = SETTLE_MS;
  let failed = false;
  let waiting: (() => Promise<boolean>) | null = null;

  const loadWhenNeeded = (count: number) => {
    if (loading || count < threshold) return;
    loading = true;
    import('./gpuTimeFilter')
      .then(({ createGpuTimeFilter }) => {
        if (destroyed) return;
        real = createGpuTimeFilter(map, store, threshold);
        real.setSettleDelay(settleMs);
        if (waiting) real.preview(waiting);
        waiting = null;
      })
      .catch((error: unknown) => {
        failed = true;
        console.error('The GPU points layer could not be loaded', error);
        if (!destroyed) void waiting?.();
        waiting = null;
      });
  };
  loadWhenNeeded(store.getState().incidents.length);
  const unsubscribe = store.subscribe((s) => s.incidents.length, loadWhenNeeded);

  return {
    handles: (count) => !failed && count >= threshold,
    preview: (commit) => {
      if (real) real.preview(commit);
      else waiting = commit;
    },
    pickAt: (point) => real?.pickAt(point) ?? null,
    showing: () => real?.showing() ?? 'native',
    counts: () => real?.counts?.() ?? { held: 0, drawn: 0 },
    palette: () => real?.palette?.() ?? [],
    standDown: () => {
      waiting = null;
      real?.standDown();
    },
    setSettleDelay: (ms) => {
      settleMs = ms;
      real?.setSettleDelay(ms);
    },
    destroy: () => {
      destroyed = true;
      unsubscribe();
      real?.destroy();
    },
  };
}
