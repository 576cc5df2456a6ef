/**
 * The place finder's gazetteer as plain JSON: compact rows a Web Worker can import lazily
 * (a dynamic import of the built file) and Node scripts can build from the npm packages.
 * Trimmed to what ranking needs (names, country, coordinates, population, provenance), never to a region.
 */

/** How precise a row is: a settlement, or an admin region (state, province, governorate). */
export type RowPrecision = 'city' | 'region';

/** [name, alternate names joined by '|', ISO2, lon, lat, population, provenance id, precision] */
export type PlaceRow = [string, string, string, number, number, number, string, RowPrecision];

/** [ISO2, names joined by '|' (first is the display name), demonyms joined by '|', lon, lat] */
export type CountryRow = [string, string, string, number, number];

export interface PlaceGazetteerData {
  places: PlaceRow[];
  /** Written form → provenance id of one place ("Misurata" → "simplemaps:1434518407"). */
  aliases: Record<string, string>;
  countries: CountryRow[];
  /** The sources merged, for the about-box and the report. */
  sources: string[];
}

/** A decoded place row. */
export interface GazetteerPlaceEntry {
  index: number;
  name: string;
  altNames: string[];
  country: string;
  lon: number;
  lat: number;
  population: number;
  ref: string;
  precision: RowPrecision;
}

export interface CountryEntry {
  iso2: string;
  name: string;
  names: string[];
  demonyms: string[];
  lon: number;
  lat: number;
}

export function decodePlace(row: PlaceRow, index: number): GazetteerPlaceEntry {
  const [name, alt, country, lon, lat, population, ref, precision] = row;
  return { index, name, altNames: alt ? alt.split('|') : [], country, lon, lat, population, ref, precision };
}

export function decodeCountry(row: CountryRow): CountryEntry {
  const [iso2, names, demonyms, lon, lat] = row;
  const all = names.split('|').filter(Boolean);
  return { iso2, name: all[0] ?? iso2, names: all, demonyms: demonyms.split('|').filter(Boolean), lon, lat };
}

/** Gazetteer data as fetched or read from a file, checked for the shape the index needs before it is used. */
export function checkGazetteer(value: unknown): PlaceGazetteerData {
  const data = value as Partial<PlaceGazetteerData> | null;
  if (!data || !Array.isArray(data.places) || !Array.isArray(data.countries))
    throw new Error('the gazetteer file has no list of places or of countries');
  if (typeof data.aliases !== 'object' || data.aliases === null) throw new Error('the gazetteer file has no aliases');
  return data as PlaceGazetteerData;
}
