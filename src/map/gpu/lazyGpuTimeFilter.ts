/**
 * The GPU time filter, loaded only when the data reaches its threshold. The bundled 47 incidents
 * never need it, so its code (the WebGL layer, the column builder, the pick index) is not part of
 * the first paint; an import or a restore that brings the list to GPU_POINTS_THRESHOLD starts the
 * load, which takes milliseconds, long before such an import has finished validating its rows.
 *
 * Until the code has arrived, `handles` says false and the native layers draw every tick, exactly
 * as below the threshold; settle delays asked for meanwhile are applied when it arrives.
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

  const loadWhenNeeded = (count: number) => {
    if (loading || count < threshold) return;
    loading = true;
    import('./gpuTimeFilter')
      .then(({ createGpuTimeFilter }) => {
        if (destroyed) return;
        real = createGpuTimeFilter(map, store, threshold);
        real.setSettleDelay(settleMs);
      })
      .catch((error: unknown) => {
        // The native layers keep drawing every tick: slower at this size, but nothing is hidden.
        console.error('The GPU points layer could not be loaded', error);
      });
  };
  loadWhenNeeded(store.getState().incidents.length);
  const unsubscribe = store.subscribe((s) => s.incidents.length, loadWhenNeeded);

  return {
    handles: (count) => real !== null && real.handles(count),
    preview: (commit) => real?.preview(commit),
    pickAt: (point) => real?.pickAt(point) ?? null,
    showing: () => real?.showing() ?? 'native',
    counts: () => real?.counts?.() ?? { held: 0, drawn: 0 },
    palette: () => real?.palette?.() ?? [],
    standDown: () => real?.standDown(),
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
