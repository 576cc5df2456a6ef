/**
 * `npm run geocode`: fill in and refresh incident coordinates from place names, offline.
 *   - geocode.source "simplemaps" or "gazetteer": looked up by its gazetteer id (geocode.ref) if it
 *     has one, else by where.name (the part before and inside any brackets), through transliteration
 *     variants; the id found is written to geocode.ref.
 *   - "naturalearth": anchored inside the country polygon (countries coded only to a country).
 *   - "manual": never changed. If the name also resolves in the gazetteer, the distance is shown.
 * Ambiguous and unknown names are reported and left as they are. `--check` changes nothing and
 * exits 1 if anything would change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countryAnchor, kmBetween } from '../src/geo/countries';
import type { GeocodeResult } from '../src/data/geocoder';
import { loadCountries } from './lib/loadCountries';
import { loadGazetteer } from './lib/loadGazetteer';

interface Feature {
  geometry: { coordinates: [number, number] };
  properties: {
    id: string;
    where: { name: string; asWritten: string; country: string; geocode: { source: string; ref: string } };
  };
}

const check = process.argv.includes('--check');
const path = join(process.cwd(), 'data', 'incidents.geojson');
const collection = JSON.parse(readFileSync(path, 'utf8')) as { features: Feature[] };
const { gazetteer, places } = loadGazetteer();
const countries = loadCountries();
let changed = 0;
let problems = 0;

const nameCandidates = (name: string): string[] => {
  const inside = /\(([^)]+)\)/.exec(name)?.[1];
  return [name.replace(/\s*\([^)]*\)/, ''), ...(inside ? [inside] : [])];
};

for (const feature of collection.features) {
  const { id, where } = feature.properties;
  const current = feature.geometry.coordinates;
  let next: [number, number] | undefined;
  let ref = where.geocode.ref;

  if (where.geocode.source === 'manual') {
    const hint = nameCandidates(where.name)
      .map((n) => gazetteer.lookup(n, where.country))
      .find((r) => r.status === 'found');
    if (hint?.status === 'found')
      console.log(
        `  ${id}: manual coordinate kept, ${kmBetween(current, hint.place.lngLat).toFixed(1)} km from gazetteer "${hint.place.name}"`,
      );
    continue;
  }
  if (where.geocode.source === 'naturalearth') {
    next = countryAnchor(countries, where.country);
    ref = `Natural Earth 1:50m country polygon (world-atlas countries-50m) for ${where.country}, centre of mass`;
  } else {
    const known = places.get(where.geocode.ref);
    const result: GeocodeResult = known
      ? { status: 'found', place: known, matchedBy: 'alias' }
      : (nameCandidates(where.name)
          .map((n) => gazetteer.lookup(n, where.country))
          .find((r) => r.status !== 'not-found') ?? { status: 'not-found' });
    if (result.status === 'ambiguous') {
      problems++;
      console.log(
        `✗ ${id}: "${where.name}" (${where.country}) is ambiguous: ${result.candidates
          .slice(0, 4)
          .map((c) => `${c.name} ${c.id}`)
          .join(', ')}; set where.geocode.ref to one id`,
      );
      continue;
    }
    if (result.status === 'not-found') {
      problems++;
      console.log(
        `✗ ${id}: "${where.name}" (${where.country}) not found; add it to data/gazetteer.json with a cited source`,
      );
      continue;
    }
    next = result.place.lngLat;
    ref = result.place.id;
    where.geocode.source = result.place.source;
  }
  if (!next) {
    problems++;
    console.log(`✗ ${id}: no polygon for country ${where.country}`);
    continue;
  }
  if (next[0] !== current[0] || next[1] !== current[1] || ref !== where.geocode.ref) {
    changed++;
    console.log(`  ${id}: [${current.join(', ')}] → [${next.join(', ')}] (${ref})`);
    feature.geometry.coordinates = next;
    where.geocode.ref = ref;
  }
}

console.log(`${collection.features.length} incidents, ${changed} updated, ${problems} problems`);
if (!check && changed > 0) writeFileSync(path, JSON.stringify(collection, null, 2) + '\n');
if (problems > 0 || (check && changed > 0)) process.exit(1);
