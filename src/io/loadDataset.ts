/**
 * Load the bundled dataset in a worker (src/data/datasetWorker.ts) and receive it by structured
 * clone: a few hundred kilobytes of plain objects and Maps. If workers cannot start, the same
 * loader runs here on the main thread, loaded on demand, so the data still arrives.
 */
import type { BundledDataset } from '../data/loadBundledDataset';

const onMainThread = (): Promise<BundledDataset> =>
  import('../data/loadBundledDataset').then((m) => m.loadBundledDataset());

export function loadDataset(): Promise<BundledDataset> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onMainThread();
  }
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<BundledDataset>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(onMainThread());
    };
  });
}
