/**
 * Builds synthetic incidents straight into columns and a picking index, off the main thread, and
 * transfers the buffers (no cloning): what the benchmark's GPU variant loads, so that a million
 * incidents never exist as objects on the page.
 */
/// <reference lib="webworker" />
import { generateSynthetic, type SyntheticPlace } from '../src/data/synthetic';
import { buildColumns, transferables, type ColumnarIncidents } from '../src/data/columnar';
import { buildPickIndex } from '../src/data/pickIndex';

export interface SyntheticColumnsRequest {
  n: number;
  seed: number;
  places: SyntheticPlace[];
}
export interface SyntheticColumnsResult {
  columns: ColumnarIncidents;
  pickData: ArrayBuffer;
}

self.onmessage = (event: MessageEvent<SyntheticColumnsRequest>) => {
  const { n, seed, places } = event.data;
  const columns = buildColumns(generateSynthetic(n, seed, places));
  const pickData = buildPickIndex(columns).data as ArrayBuffer;
  const result: SyntheticColumnsResult = { columns, pickData };
  self.postMessage(result, [...transferables(columns), pickData]);
};
