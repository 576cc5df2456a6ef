/**
 * bench/extract.html: hands the archived articles (and the 1,500-word one) to the extraction
 * benchmark worker and puts what it measured on window.__extractBench for
 * scripts/benchExtractWorker.ts to read.
 */
import catalogue from '../data/sources.json';
import { benchArticles } from './extractArticles';
import type { ExtractBenchRequest, ExtractBenchResult } from './extractBenchWorker';

const texts = import.meta.glob('../data/sources/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;
const runs = Number(new URLSearchParams(location.search).get('runs') ?? 20);
const articles = benchArticles(catalogue.sources, (id) => texts[`../data/sources/${id}.txt`] ?? '');
const target = window as unknown as { __extractBench?: ExtractBenchResult | { error: string } };
const status = document.getElementById('status');

const worker = new Worker(new URL('./extractBenchWorker.ts', import.meta.url), { type: 'module' });
worker.onmessage = (event: MessageEvent<ExtractBenchResult | { error: string }>) => {
  target.__extractBench = event.data;
  if (status) status.textContent = 'error' in event.data ? event.data.error : 'done';
};
worker.onerror = (event) => (target.__extractBench = { error: event.message || 'the worker failed' });
worker.postMessage({ articles, runs } satisfies ExtractBenchRequest);
