/**
 * `npx tsx scripts/benchExtractWorker.ts [--port N] [--write]`: extraction speed inside a real browser worker
 * (bench/extract.html in Debian's Chromium), and the same articles under Node in this same run, so
 * the ratio compares like with like on whatever this machine is doing now. Gazetteer loaded once on
 * each side; each article run 20 times after a warm-up. Prints a Markdown table; asserts nothing
 * (the budget is 300 ms for 1,500 words in the worker). `--write` puts the table in docs/benchmarks.md
 * under "## Article extraction", replacing that section only.
 */
import { spawn, execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium } from '@playwright/test';
import { benchArticles, quantile, SYNTHETIC_ID, timeRuns } from '../bench/extractArticles';
import type { ExtractBenchResult } from '../bench/extractBenchWorker';
import { createIngest } from './lib/ingestSetup';

const RUNS = 20;
const portAt = process.argv.indexOf('--port');
const PORT = portAt > 0 ? Number(process.argv[portAt + 1]) : 4181;

const catalogue = JSON.parse(readFileSync('data/sources.json', 'utf8')) as {
  sources: Array<{ id: string; published: { date: string } }>;
};
const articles = benchArticles(catalogue.sources, (id) => readFileSync(`data/sources/${id}.txt`, 'utf8'));

execSync('npx tsx scripts/prepExtractPlaces.ts', { stdio: 'inherit' });
execSync('npx tsx scripts/buildBenchPage.ts', { stdio: 'inherit' });
const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--config', 'bench/vite.config.ts', '--port', String(PORT)],
  { stdio: 'ignore' },
);
let browserSide: ExtractBenchResult;
try {
  await new Promise((r) => setTimeout(r, 2500));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/bench/extract.html?runs=${RUNS}`);
    await page.waitForFunction(() => (window as { __extractBench?: unknown }).__extractBench, undefined, {
      timeout: 600_000,
    });
    const result = await page.evaluate(() => (window as { __extractBench?: unknown }).__extractBench);
    if (!result || typeof result !== 'object' || 'error' in result) throw new Error(JSON.stringify(result));
    browserSide = result as ExtractBenchResult;
  } finally {
    await browser.close();
  }
} finally {
  server.kill();
}

const loadStart = performance.now();
const ingest = createIngest();
const nodeLoadMs = performance.now() - loadStart;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const fmt = (ms: number) => ms.toFixed(1);
const rows: string[] = [];
const allWorker: number[] = [];
const allNode: number[] = [];
for (const article of articles) {
  const inWorker = browserSide.times[article.id];
  const inNode = timeRuns(() => ingest(article), RUNS);
  if (article.id !== SYNTHETIC_ID) {
    allWorker.push(...inWorker);
    allNode.push(...inNode);
  }
  rows.push(row(article.id, String(words(article.text)), inWorker, inNode));
}
allWorker.sort((a, b) => a - b);
allNode.sort((a, b) => a - b);
rows.push(row('all archived articles', '—', allWorker, allNode));

function row(name: string, count: string, w: number[], n: number[]): string {
  const [wm, wp, nm] = [quantile(w, 0.5), quantile(w, 0.95), quantile(n, 0.5)];
  return `| ${name} | ${count} | ${fmt(wm)} | ${fmt(wp)} | ${fmt(nm)} | ${fmt(quantile(n, 0.95))} | ${(wm / nm).toFixed(2)} |`;
}

const synthetic = quantile(browserSide.times[SYNTHETIC_ID], 0.95);
const section = [
  '## Article extraction',
  '',
  `Written by \`npx tsx scripts/benchExtractWorker.ts --write\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, Chromium (Debian). ` +
    `Each article ${RUNS} times after a warm-up, in a real browser worker (bench/extract.html, the app's extractor modules and public/extract/places.json) and under Node (scripts/lib/ingestSetup.ts) in the same run; the machine is shared, so read the ratios, not single figures.`,
  '',
  `Gazetteer loaded once: fetched, parsed and indexed in ${Math.round(browserSide.loadMs)} ms in the worker; built from the packages and indexed in ${Math.round(nodeLoadMs)} ms under Node.`,
  '',
  '| article | words | worker median ms | worker p95 ms | Node median ms | Node p95 ms | worker ÷ Node (median) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
  '',
  `Target: a 1,500-word article in ≤ 300 ms in the worker: p95 ${fmt(synthetic)} ms, ${synthetic <= 300 ? 'met' : '**missed**'}.`,
  '',
].join('\n');
console.log(section);
if (process.argv.includes('--write')) {
  const doc = readFileSync('docs/benchmarks.md', 'utf8');
  const at = doc.indexOf('## Article extraction');
  const next = at < 0 ? -1 : doc.indexOf('\n## ', at + 1);
  const kept = at < 0 ? `${doc.trimEnd()}\n\n` : doc.slice(0, at);
  writeFileSync('docs/benchmarks.md', kept + section + (next < 0 ? '' : doc.slice(next + 1)));
  console.log('wrote the section to docs/benchmarks.md');
}
