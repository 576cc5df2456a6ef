/**
 * `npx tsx scripts/measureImport.ts --file F [--runs 3] [--profile] --label A=http://… [--label B=http://…]`:
 * an import in the app itself, as a user does it: each origin (a `vite preview` of a build) is
 * opened in a fresh browser context, the file is chosen in the import picker, and the clock runs
 * until the store holds every row of it and a frame has been painted. Reports the median wall
 * time, rows per second, and the longest main-thread task seen meanwhile (PerformanceObserver
 * `longtask`). Origins alternate run by run, so two builds (say, before and after a change) are
 * measured on the same machine in the same session; compare their ratio, not the times.
 */
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const args = process.argv.slice(2);
const value = (name: string) => args[args.indexOf(`--${name}`) + 1];
const file = value('file');
const runs = Number(args.includes('--runs') ? value('runs') : 3);
const labels = args.flatMap((a, i) => (a === '--label' ? [args[i + 1]] : [])).map((l) => l.split('='));
if (!file || labels.length === 0) throw new Error('usage: --file F --label name=origin [--label …] [--runs N]');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--disable-gpu', '--no-first-run'],
});
type Run = { ms: number; rows: number; longestTaskMs: number };
const results = new Map<string, Run[]>(labels.map(([name]) => [name, []]));

for (let run = 0; run < runs; run++) {
  for (const [name, origin] of run % 2 ? [...labels].reverse() : labels) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(origin);
    await page.waitForFunction(() => Boolean(window.__atlas?.map?.getLayer('incident-points')), undefined, {
      timeout: 60_000,
    });
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: 'longtask' });
    });
    // --profile writes a CPU profile of each import's main thread (open it in DevTools' Performance panel).
    const profiler = args.includes('--profile') ? await context.newCDPSession(page) : null;
    await profiler?.send('Profiler.enable');
    await profiler?.send('Profiler.start');
    const started = Date.now();
    await page.getByTestId('import-input').setInputFiles(file);
    await page.waitForFunction(
      () => {
        const s = window.__atlas!.store.getState();
        return s.importJob === null && s.importReport !== null;
      },
      undefined,
      { timeout: 600_000, polling: 50 },
    );
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const ms = Date.now() - started;
    const { rows, longestTaskMs } = await page.evaluate(() => ({
      rows: window.__atlas!.store.getState().incidents.filter((i) => i.datasetId).length,
      longestTaskMs: (window as unknown as { __longest: number }).__longest,
    }));
    results.get(name)!.push({ ms, rows, longestTaskMs });
    if (profiler) {
      const out = `.bench/import-${name.replace(/\W+/g, '-')}-${run + 1}.cpuprofile`;
      writeFileSync(out, JSON.stringify((await profiler.send('Profiler.stop')).profile));
    }
    console.error(`${name} run ${run + 1}: ${ms} ms, ${rows} rows, longest task ${Math.round(longestTaskMs)} ms`);
    await context.close();
  }
}
await browser.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const first = median(results.get(labels[0][0])!.map((r) => r.ms));
console.log(
  `Import of ${basename(file)} in the app, ${runs} runs each, median (chosen in the picker → every row in the store and a frame painted):\n`,
);
console.log('| build | median ms | runs ms | rows | rows/s | ÷ first | longest main-thread task ms (median) |');
console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: |');
for (const [name] of labels) {
  const rs = results.get(name)!;
  const ms = median(rs.map((r) => r.ms));
  const int = (n: number) => Math.round(n).toLocaleString('en');
  console.log(
    `| ${name} | ${int(ms)} | ${rs.map((r) => int(r.ms)).join(', ')} | ${int(rs[0].rows)} | ${int(rs[0].rows / (ms / 1000))} | ${(ms / first).toFixed(2)} | ${int(median(rs.map((r) => r.longestTaskMs)))} |`,
  );
}
