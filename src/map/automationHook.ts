/**
 * `window.__atlas = { map, store }`: the documented automation and debugging hook, present in
 * every build. Browser tests and benchmarks drive and inspect the app through it.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { AppStore } from '../store/appStore';
import type { GpuTimeFilter } from './gpu/gpuTimeFilter';

declare global {
  interface Window {
    /** timeFilter: which layer shows the window (tests check the switch at the GPU threshold). */
    __atlas?: { map: MaplibreMap; store: AppStore; timeFilter?: GpuTimeFilter };
  }
}

export function registerAutomationHook(map: MaplibreMap, store: AppStore): () => void {
  window.__atlas = { map, store };
  return () => {
    if (window.__atlas?.map === map) delete window.__atlas;
  };
}
