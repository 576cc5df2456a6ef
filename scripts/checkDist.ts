/**
 * `npx tsx scripts/checkDist.ts` (a step of `npm test`): the shipped build holds no benchmark.
 * It builds the app (`npm run build`: a dist/ left from another commit proves nothing) and
 * the benchmark page (.bench/dist), unless `npm test` built both at its start (PREBUILT=1), then fails, naming the file, if anything in dist/ is a bench
 * page or holds Leaflet, Leaflet.markercluster or bench code.
 *
 * The markers are strings that survive minification (property names, CSS classes, a title). Each
 * must be found in the benchmark build, which does hold all of those, or the check stops: a
 * marker that no longer matches there would pass dist/ whatever it held.
 * It also holds the first paint to its budget: the JavaScript index.html loads, 400 kB gzip
 * (scripts/lib/firstPaint.ts), and names the largest files when over it.
 * `--no-build` checks the builds as they are (quicker while editing; never in `npm test`).
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FIRST_PAINT_JS_BUDGET, firstPaintFiles, totalGzip } from './lib/firstPaint';

const MARKERS: Array<{ what: string; text: string }> = [
  { what: 'Leaflet', text: '_leaflet_id' }, // the id Leaflet stamps on every object it tracks
  { what: 'Leaflet', text: 'leaflet-container' }, // the map container's class, in its JS and leaflet.css
  { what: 'Leaflet.markercluster', text: 'MarkerClusterGroup' },
  { what: 'Leaflet.markercluster', text: 'leaflet-cluster-anim' }, // in its JS and MarkerCluster.css
  { what: 'the benchmark page', text: '__benchScene' }, // the hook scripts/bench.ts and e2e/gpu.spec.ts drive
  { what: 'the benchmark page', text: 'Incident Atlas benchmark' }, // bench/index.html's title
  { what: 'the benchmark worker', text: 'syntheticColumnsWorker' },
];

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );

/** Every marker found in a file, as "file: what (marker)". */
function findMarkers(dir: string): string[] {
  return filesUnder(dir).flatMap((file) => {
    const bytes = readFileSync(file);
    return MARKERS.filter((m) => bytes.includes(m.text)).map((m) => `${relative('.', file)}: ${m.what} ("${m.text}")`);
  });
}

if (!process.argv.includes('--no-build') && !process.env.PREBUILT) {
  execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });
  execSync('npx tsx scripts/buildBenchPage.ts', { stdio: ['ignore', 'ignore', 'inherit'] });
}
for (const dir of ['dist', '.bench/dist']) {
  if (!existsSync(dir)) throw new Error(`${dir}/ is missing: run without --no-build`);
}

const inBench = findMarkers('.bench/dist');
const dead = MARKERS.filter((m) => !inBench.some((hit) => hit.endsWith(`("${m.text}")`)));
if (dead.length) {
  console.error(
    `✗ not found in the benchmark build, so it would catch nothing: ${dead.map((m) => `"${m.text}" (${m.what})`).join(', ')}; pick a marker that is there`,
  );
  process.exit(1);
}

const problems = [
  ...filesUnder('dist')
    .map((file) => relative('dist', file))
    .filter((file) => /(^|\/)bench/i.test(file) || (file.endsWith('.html') && file !== 'index.html'))
    .map((file) => `dist/${file}: a benchmark file, or a page other than the app's index.html`),
  ...findMarkers('dist'),
];
if (problems.length) {
  console.error(
    `✗ dist/ holds benchmark code (bench/ builds apart: bench/vite.config.ts):\n${problems.map((p) => `  ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(
  `✓ dist/ (${filesUnder('dist').length} files) holds no Leaflet, markercluster or bench code; each of the ${MARKERS.length} markers is found in the benchmark build`,
);

const firstPaint = firstPaintFiles('dist').js;
const firstPaintKb = (totalGzip(firstPaint) / 1024).toFixed(1);
if (totalGzip(firstPaint) > FIRST_PAINT_JS_BUDGET) {
  const largest = [...firstPaint].sort((a, b) => b.gzip - a.gzip).slice(0, 5);
  console.error(
    `✗ the first paint loads ${firstPaintKb} kB of gzip JavaScript, over the ${FIRST_PAINT_JS_BUDGET / 1024} kB budget; ` +
      `load what is not needed to draw the first map lazily. Largest: ${largest.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} kB`).join(', ')}`,
  );
  process.exit(1);
}
console.log(
  `✓ the first paint loads ${firstPaintKb} kB of gzip JavaScript in ${firstPaint.length} files (budget ${FIRST_PAINT_JS_BUDGET / 1024} kB)`,
);
