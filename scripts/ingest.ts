/**
 * `npm run --silent ingest -- ARTICLE.txt --published YYYY-MM-DD [--outlet NAME]`: one article →
 * draft incidents, as one GeoJSON FeatureCollection on stdout (logs on stderr). A Feature per
 * draft, Point geometry when a place was resolved, null otherwise. Exit 2 with a one-line error for
 * a file that is missing, empty, not text, or over 5 MB; exit 1 for bad arguments.
 */
import { readFileSync, statSync } from 'node:fs';
import { createIngest } from './lib/ingestSetup';
import { draftsToFeatureCollection } from '../src/data/extract/draftsToGeoJson';

const MAX_BYTES = 5 * 1024 * 1024;

function fail(code: number, message: string): never {
  process.stderr.write(`ingest: ${message}\n`);
  process.exit(code);
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && !['--published', '--outlet'].includes(args[i - 1]));
const published = option('--published');
const outlet = option('--outlet');
if (!file) fail(1, 'usage: ingest ARTICLE.txt --published YYYY-MM-DD [--outlet NAME]');
if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published) || Number.isNaN(Date.parse(published))) {
  fail(1, '--published YYYY-MM-DD is required (the date relative dates are resolved against)');
}

let size: number;
try {
  size = statSync(file).size;
} catch {
  fail(2, `${file}: cannot read the file`);
}
if (size === 0) fail(2, `${file}: the file is empty`);
if (size > MAX_BYTES) fail(2, `${file}: the file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB`);
const bytes = readFileSync(file);
if (bytes.includes(0)) fail(2, `${file}: not a text file (it contains NUL bytes)`);
let text: string;
try {
  text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch {
  fail(2, `${file}: not a text file (not valid UTF-8)`);
}
if (text.trim() === '') fail(2, `${file}: the file holds only white space`);

const started = performance.now();
const extract = createIngest();
const loaded = performance.now();
const drafts = extract({ text, published, ...(outlet ? { outlet } : {}) });
process.stderr.write(
  `ingest: ${drafts.length} drafts in ${(performance.now() - loaded).toFixed(0)} ms (gazetteer loaded in ${(loaded - started).toFixed(0)} ms)\n`,
);
process.stdout.write(`${JSON.stringify(draftsToFeatureCollection(drafts), null, 2)}\n`);
