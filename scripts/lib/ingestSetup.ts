/**
 * The extractor as the scripts use it: the actor table from data/actors.json and the stand-in place
 * finder (src/data/extract/places/: SimpleMaps, GeoNames cities1000 and the hand-cited places), each
 * loaded once. Node only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import countryNames from 'i18n-iso-countries';
import { countryAnchor } from '../../src/geo/countries';
import type { ActorEntry } from '../../src/data/extract/actors';
import { createExtractor, type ExtractDrafts } from '../../src/data/extract/extractDrafts';
import type { FindPlaces } from '../../src/data/extract/types';
import { createPlaceFinderStandIn, type CountryEntry } from '../../src/data/extract/placesStandIn';
import { loadCountries } from './loadCountries';
import { loadGazetteer } from './loadGazetteer';
import { loadPlaceGazetteer } from './loadPlaceGazetteer';
import { createPlaceFinder } from '../../src/data/extract/places/createPlaceFinder';

export function loadActors(root = process.cwd()): ActorEntry[] {
  return (JSON.parse(readFileSync(join(root, 'data', 'actors.json'), 'utf8')) as { actors: ActorEntry[] }).actors;
}

/** Country names (Natural Earth and i18n-iso-countries, none shorter than five letters) with an anchor point. */
export function loadCountryEntries(): CountryEntry[] {
  const polygons = loadCountries();
  const entries: CountryEntry[] = [];
  for (const feature of polygons.features) {
    const iso2 = feature.properties.iso2;
    if (!iso2 || entries.some((e) => e.iso2 === iso2)) continue;
    const anchor = countryAnchor(polygons, iso2);
    if (!anchor) continue;
    const official = countryNames.getName(iso2, 'en', { select: 'all' }) ?? [];
    const names = [feature.properties.name, ...official].filter(
      (n, i, all) => n.length >= 4 && !/\./.test(n) && all.indexOf(n) === i,
    );
    entries.push({ iso2, names, lngLat: anchor });
  }
  return entries;
}

/** The first, simpler finder over the project gazetteer only; kept to compare against (INGEST_PLACES=stand-in). */
function standInFinder(root: string): FindPlaces {
  const { places } = loadGazetteer(root);
  const manual = JSON.parse(readFileSync(join(root, 'data', 'gazetteer.json'), 'utf8')) as {
    aliases: Record<string, string>;
  };
  return createPlaceFinderStandIn({
    places: [...places.values()],
    aliases: manual.aliases,
    countries: loadCountryEntries(),
  });
}

export function createIngest(root = process.cwd()): ExtractDrafts & { findPlaces: FindPlaces } {
  const findPlaces =
    process.env.INGEST_PLACES === 'stand-in' ? standInFinder(root) : createPlaceFinder(loadPlaceGazetteer());
  return Object.assign(createExtractor({ findPlaces, actors: loadActors(root) }), { findPlaces });
}
