/**
 * `npx tsx scripts/measureOffline.ts [origin]`: what the offline copy costs, for docs/benchmarks.md.
 * Reads the built dist/ (run `npm run build` first) and visits the app once in Chromium at
 * `origin` (default http://127.0.0.1:4173, a running `vite preview` of that build):
 *   - the precache: every file sw.js lists, as stored and as gzip would send it;
 *   - the first visit's transfer: bytes over the wire for the page's own requests and for the
 *     service worker's precaching (Resource Timing in each), until the worker is active;
 *   - first-paint JS: the scripts index.html loads, gzip (the budget is 400 kB).
 * `vite preview` does not compress, so the wire bytes are uncompressed; a host that gzips sends
 * about the gzip column.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { firstPaintFiles, totalGzip } from './lib/firstPaint';

const origin = process.argv[2] ?? 'http://127.0.0.1:4173';
const dist = join(process.cwd(), 'dist');
const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length;

const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
const groupOf = (file: string) =>
  /^basemap\//.test(file)
    ? 'basemap'
    : /^fonts\//.test(file)
      ? 'glyphs'
      : /\.woff2$/.test(file)
        ? 'UI fonts'
        : /Worker|worker/.test(file)
          ? 'workers (dataset, archived texts, import, maplibre)'
          : 'app shell';
const groups = new Map<string, { files: number; raw: number; gzip: number }>();
for (const file of precached) {
  const group = groups.get(groupOf(file)) ?? { files: 0, raw: 0, gzip: 0 };
  group.files += 1;
  group.raw += statSync(join(dist, file)).size;
  group.gzip += gz(file);
  groups.set(groupOf(file), group);
}
const total = [...groups.values()].reduce(
  (t, g) => ({ files: t.files + g.files, raw: t.raw + g.raw, gzip: t.gzip + g.gzip }),
  { files: 0, raw: 0, gzip: 0 },
);
const firstPaintJs = totalGzip(firstPaintFiles(dist).js);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
const page = await context.newPage();
await page.goto(origin);
await page.evaluate(async () => {
  const worker = (await navigator.serviceWorker.ready).active!;
  if (worker.state !== 'activated')
    await new Promise<void>((r) => worker.addEventListener('statechange', () => worker.state === 'activated' && r()));
});
const sumTransfer = () =>
  performance.getEntriesByType('resource').reduce((n, e) => n + (e as PerformanceResourceTiming).transferSize, 0);
const pageBytes =
  (await page.evaluate(sumTransfer)) +
  (await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceResourceTiming).transferSize,
  ));
const workerBytes = (await Promise.all(context.serviceWorkers().map((w) => w.evaluate(sumTransfer)))).reduce(
  (a, b) => a + b,
  0,
);
await browser.close();

console.log('| part of the precache | files | stored | gzip |\n| --- | ---: | ---: | ---: |');
for (const [name, g] of groups) console.log(`| ${name} | ${g.files} | ${kB(g.raw)} | ${kB(g.gzip)} |`);
console.log(`| **total** | ${total.files} | ${kB(total.raw)} | ${kB(total.gzip)} |`);
console.log(
  `\n| first visit, until the offline copy is ready | bytes over the wire |\n| --- | ---: |\n| the page's own requests | ${kB(pageBytes)} |\n| the service worker's precaching | ${kB(workerBytes)} |\n| **total** | ${kB(pageBytes + workerBytes)} |`,
);
console.log(`\nfirst-paint JS, gzip: ${kB(firstPaintJs)} (budget 400 kB)`);
