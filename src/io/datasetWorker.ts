/**
 * The dataset worker: parses and validates the bundled dataset (schema, provenance of the context
 * layers) off the main thread and posts the result once. The schema library and the data itself
 * load here, not in the page's first-paint JavaScript.
 */
/// <reference lib="webworker" />
import { loadBundledDataset } from '../data/loadBundledDataset';

self.postMessage(loadBundledDataset());
