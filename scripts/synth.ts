/**
 * `npm run synth -- --n 100000 --seed 1 [--out .bench/synth-100000-1.geojson]`: synthetic incidents
 * (src/data/synthetic.ts) written as GeoJSON in the shared schema, outside git. The same seed gives
 * the same file. Every feature is checked against the schema before it is written.
 *
 * `npm run synth -- --format acled|ucdp|gdelt|plain --rows 200000 [--seed 1] [--out …]`: a file in
 * the shape of an ACLED export, a UCDP GED CSV, a GDELT 2.0 event file or a plain five-column sheet
 * (src/data/import/profiles/synthShapes.ts), for import tests and benchmarks. No real data.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { incidentFeatureSchema } from '../src/data/schema';
import { fromDayNumber } from '../src/lib/days';
import { generateSynthetic, type SyntheticPlace } from '../src/data/synthetic';
import { synthShape } from '../src/data/import/profiles/synthShapes';
import { PROFILE_IDS, type ProfileId } from '../src/data/import/profiles/profileTypes';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const n = Number(arg('n', '10000'));
const seed = Number(arg('seed', '1'));
const format = arg('format', '');

if (format) {
  if (!(PROFILE_IDS as readonly string[]).includes(format)) {
    console.error(`--format must be one of ${PROFILE_IDS.join(', ')}; it is "${format}"`);
    process.exit(1);
  }
  const rows = Number(arg('rows', '10000'));
  const file = arg('out', `.bench/synth-${format}-${rows}-${seed}.${format === 'gdelt' ? 'export.CSV' : 'csv'}`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, synthShape(format as ProfileId, rows, seed));
  console.log(`wrote ${file}: ${rows} ${format} rows, seed ${seed}`);
  process.exit(0);
}
const out = arg('out', `.bench/synth-${n}-${seed}.geojson`);

const places: SyntheticPlace[] = (
  JSON.parse(readFileSync('public/basemap/places.geojson', 'utf8')).features as Array<{
    properties: { name: string; pop: number; iso2?: string };
    geometry: { coordinates: [number, number] };
  }>
)
  .filter((p) => p.properties.pop >= 300_000 && p.properties.iso2)
  .map((p) => ({
    name: p.properties.name,
    country: p.properties.iso2!,
    lngLat: p.geometry.coordinates,
    population: p.properties.pop,
  }));

const features = generateSynthetic(n, seed, places).map((s, i) => {
  const feature = {
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: s.lngLat },
    properties: {
      id: `synth-${seed}-${i}`,
      title: `Synthetic incident ${i} near ${s.place.name}`,
      category: s.category,
      when: {
        start: fromDayNumber(s.startDay),
        ...(s.endDay > s.startDay ? { end: fromDayNumber(s.endDay) } : {}),
        precision: s.datePrecision,
        basis: `synthetic, seed ${seed}`,
      },
      reported: fromDayNumber(s.endDay),
      where: {
        asWritten: s.place.name,
        name: s.place.name,
        country: s.place.country,
        precision: s.precision,
        geocode: { source: 'manual' as const, ref: `synthetic scatter around ${s.place.name}` },
      },
      actors: [],
      excerpts: [{ source: 'synthetic', quote: `Synthetic excerpt ${i}.`, offset: 0 }],
      provenance: 'quoted' as const,
    },
  };
  const checked = incidentFeatureSchema.safeParse(feature);
  if (!checked.success) throw new Error(`synthetic feature ${i} fails the schema: ${checked.error.issues[0].message}`);
  return feature;
});
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify({
    type: 'FeatureCollection',
    metadata: { version: `synth-${n}-${seed}`, title: `${n} synthetic incidents, seed ${seed}` },
    features,
  }),
);
console.log(`wrote ${out}: ${n} incidents, seed ${seed}`);
