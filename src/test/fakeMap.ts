/**
 * A stand-in for maplibre's Map that records what the bindings ask of it: setData calls (whose
 * completion the test controls), feature-state and camera moves. Enough for bindStoreToMap.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

export interface FakeMap {
  map: MaplibreMap;
  setDataCalls: Array<{ source: string; ids: string[] }>;
  featureState: Map<string, Record<string, unknown>>;
  /** Complete the oldest pending setData and let promises run. */
  finishSetData: () => Promise<void>;
  pendingSetData: () => number;
}

export function createFakeMap(): FakeMap {
  const setDataCalls: FakeMap['setDataCalls'] = [];
  const featureState = new Map<string, Record<string, unknown>>();
  const finishers: Array<() => void> = [];
  const source = (id: string) => ({
    setData: (fc: { features: Array<{ properties: { incidentId?: string } }> }) => {
      setDataCalls.push({ source: id, ids: fc.features.map((f) => String(f.properties.incidentId)) });
      if (id !== 'incidents') return Promise.resolve();
      return new Promise<void>((resolve) => finishers.push(resolve));
    },
  });
  const map = {
    getSource: (id: string) => source(id),
    setFeatureState: ({ id }: { id: string }, state: Record<string, unknown>) => {
      featureState.set(id, { ...featureState.get(id), ...state });
    },
    getZoom: () => 5,
    jumpTo: () => undefined,
    flyTo: () => undefined,
  } as unknown as MaplibreMap;
  return {
    map,
    setDataCalls,
    featureState,
    pendingSetData: () => finishers.length,
    finishSetData: async () => {
      finishers.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}
