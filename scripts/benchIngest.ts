/**
 * Extraction speed, gazetteer loaded once: median and p95 over the eleven archived articles and
 * over a synthetic 1,500-word article made by concatenating them, each run 20 times after a
 * warm-up. Prints a table; asserts nothing (the budget is 300 ms for 1,500 words).
 */
import { readFileSync } from 'node:fs';
import { createIngest } from './lib/ingestSetup';

const RUNS = 20;
const loadStart = performance.now();
const ingest = createIngest();
console.log(`gazetteer + actor table loaded in ${(performance.now() - loadStart).toFixed(0)} ms (once)`);

const sources = JSON.parse(readFileSync('data/sources.json', 'utf8')).sources as Array<{
  id: string;
  published: { date: string };
}>;
const articles = sources.map((s) => ({
  id: s.id,
  published: s.published.date,
  text: readFileSync(`data/sources/${s.id}.txt`, 'utf8'),
}));
const words = articles.flatMap((a) => a.text.split(/\s+/).filter(Boolean));
const synthetic = { id: 'synthetic 1,500 words', published: '2016-02-24', text: words.slice(0, 1500).join(' ') };

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
function time(article: { text: string; published: string }): number[] {
  ingest(article); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    ingest(article);
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

const all: number[] = [];
console.log('| article | words | median ms | p95 ms |\n|---|---|---|---|');
for (const a of [...articles, synthetic]) {
  const times = time(a);
  if (a !== synthetic) all.push(...times);
  console.log(
    `| ${a.id} | ${a.text.split(/\s+/).filter(Boolean).length} | ${quantile(times, 0.5).toFixed(1)} | ${quantile(times, 0.95).toFixed(1)} |`,
  );
}
all.sort((a, b) => a - b);
console.log(`| all eleven articles | — | ${quantile(all, 0.5).toFixed(1)} | ${quantile(all, 0.95).toFixed(1)} |`);
