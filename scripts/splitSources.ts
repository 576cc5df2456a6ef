/**
 * `npm run split-sources`: cut the seed files in ../shared/seeds into one archived text per
 * article (data/sources/<id>.txt) and record each text's SHA-256 in data/sources.json.
 * Run it again whenever the seeds change; it is deterministic.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanCbsChrome, splitByHeadlines } from './sources/splitArticles';

interface SourceEntry {
  id: string;
  headline: string;
  archive: { seed: string; cleaning: string };
  sha256: string;
}

const root = process.cwd();
const seedsDir = process.env.ATLAS_SEEDS ?? join(root, '..', 'shared', 'seeds');
const sourcesPath = join(root, 'data', 'sources.json');
const catalogue = JSON.parse(readFileSync(sourcesPath, 'utf8')) as { sources: SourceEntry[] };

if (!existsSync(seedsDir)) {
  console.error(`seed folder not found: ${seedsDir} (set ATLAS_SEEDS to point at it)`);
  process.exit(1);
}

const bySeed = new Map<string, SourceEntry[]>();
for (const source of catalogue.sources) {
  bySeed.set(source.archive.seed, [...(bySeed.get(source.archive.seed) ?? []), source]);
}

for (const [seedName, sources] of bySeed) {
  const seed = readFileSync(join(seedsDir, seedName), 'utf8');
  const isCbsPage = seed.startsWith('Watch CBSN Live');
  const page = isCbsPage ? cleanCbsChrome(seed).text : seed;
  const cuts = splitByHeadlines(
    page,
    sources.map((s) => s.headline),
  );
  cuts.forEach((cut, i) => {
    const source = sources[i];
    writeFileSync(join(root, 'data', 'sources', `${source.id}.txt`), cut.text);
    source.sha256 = createHash('sha256').update(cut.text, 'utf8').digest('hex');
    console.log(`${source.id}.txt  ${cut.text.length} chars  ${source.sha256.slice(0, 12)}…`);
  });
}

writeFileSync(sourcesPath, JSON.stringify(catalogue, null, 2) + '\n');
console.log(`${catalogue.sources.length} sources archived`);
