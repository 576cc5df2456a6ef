/**
 * `npm run reference-places`: find every distance the excerpts state between places ("around 9
 * miles southwest of Basra"), resolve the place it is measured from in the offline gazetteer (in
 * the incident's country), and write data/reference-places.json for the app to measure against.
 * Ambiguous or unknown names are reported, never guessed. `--check` fails if the file is stale.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseIncidents } from '../src/data/parseIncidents';
import { findStatedDistances } from '../src/data/statedDistance';
import { loadGazetteer } from './lib/loadGazetteer';

const file = join(process.cwd(), 'data', 'reference-places.json');
const { incidents } = parseIncidents(
  JSON.parse(readFileSync(join(process.cwd(), 'data', 'incidents.geojson'), 'utf8')),
);
const { gazetteer } = loadGazetteer();

const places: Record<string, { name: string; lngLat: [number, number]; ref: string; country: string }> = {};
const problems: string[] = [];
for (const incident of incidents) {
  const country = incident.feature.properties.where.country;
  for (const excerpt of incident.feature.properties.excerpts) {
    for (const stated of findStatedDistances(excerpt.quote)) {
      const result = gazetteer.lookup(stated.from, country);
      if (result.status === 'found') {
        places[`${country}|${stated.from}`] = {
          name: result.place.name,
          lngLat: result.place.lngLat,
          ref: result.place.id,
          country,
        };
      } else problems.push(`${incident.id}: "${stated.from}" (${country}) is ${result.status} in the gazetteer`);
    }
  }
}
const text = `${JSON.stringify({ note: 'Places that excerpts state distances from, resolved by scripts/referencePlaces.ts in the offline gazetteer. Keys are "<country>|<name as written>".', places }, null, 2)}\n`;
problems.forEach((p) => console.error(`✗ ${p}`));
if (process.argv.includes('--check')) {
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    console.error('✗ data/reference-places.json is stale; run npm run reference-places');
    process.exit(1);
  }
  console.log(`✓ ${Object.keys(places).length} reference places current`);
} else {
  writeFileSync(file, text);
  console.log(`wrote ${Object.keys(places).length} reference places to data/reference-places.json`);
}
if (problems.length > 0) process.exit(1);
