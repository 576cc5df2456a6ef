/**
 * What the benchmark's scenes share: the variants, what a variant starts from, and the one
 * interface every scene answers (maplibre floor/naive in benchScene.ts, the GPU layer in
 * gpuBenchScene.ts, Leaflet + markercluster in leafletScene.ts). Types only, so no scene imports
 * another for them.
 */
import type { ColumnarIncidents } from '../src/data/columnar';
import type { SyntheticIncident } from '../src/data/synthetic';

/** The maplibre variants; the page also runs 'leaflet', which is not a maplibre map. */
export type MapVariant = 'floor' | 'naive' | 'gpu';

export interface BenchScene {
  apply(from: number, to: number): Promise<void>;
  drawnCount(): number;
  renderer(): string;
  /** The incident under a screen point, as the variant finds it for a click, or null. */
  pickAt(point: [number, number]): number | null;
  /** Screen positions of up to k drawn incidents, spread over those on screen: where the benchmark clicks. */
  samplePoints(k: number): Array<[number, number]>;
}

/** What a variant starts from: objects on the page (floor, naive, Leaflet) or columns transferred from a worker (gpu). */
export type BenchData = { items: SyntheticIncident[] } | { columns: ColumnarIncidents; pickData: ArrayBuffer };
