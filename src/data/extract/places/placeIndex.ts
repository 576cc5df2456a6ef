/**
 * Lookup tables over the gazetteer, built once: every written form (name, alternate names,
 * aliases, country names, demonyms) under its exact key and its transliteration skeleton.
 */
import { exactKey, skeletonKey } from '../../placeKey';
import { demonymPlural } from './countryWords';
import {
  decodeCountry,
  decodePlace,
  type CountryEntry,
  type GazetteerPlaceEntry,
  type PlaceGazetteerData,
} from './gazetteerData';

export interface PlaceIndex {
  places: GazetteerPlaceEntry[];
  countries: Map<string, CountryEntry>;
  /** exact key → place indexes */
  exact: Map<string, number[]>;
  /** skeleton key → place indexes */
  skeleton: Map<string, number[]>;
  /** exact key → place index an alias sends it to */
  alias: Map<string, number>;
  /** exact key → ISO2 of a country name */
  countryName: Map<string, string>;
  /** exact key of a demonym (and its plural) → ISO2 */
  demonym: Map<string, string>;
  /** Acronyms that are country names, case-sensitive ("US", "UK", "UAE"). */
  countryAcronym: Map<string, string>;
  /** Longest name in words, to bound the scan. */
  maxWords: number;
}

function add(map: Map<string, number[]>, key: string, value: number): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

export function buildPlaceIndex(data: PlaceGazetteerData): PlaceIndex {
  const places = data.places.map(decodePlace);
  const exact = new Map<string, number[]>();
  const skeleton = new Map<string, number[]>();
  const byRef = new Map<string, number>();
  let maxWords = 1;
  for (const p of places) {
    byRef.set(p.ref, p.index);
    for (const name of [p.name, ...p.altNames]) {
      const key = exactKey(name);
      add(exact, key, p.index);
      add(skeleton, skeletonKey(name), p.index);
      maxWords = Math.max(maxWords, key.split(' ').length);
    }
  }
  const alias = new Map<string, number>();
  for (const [written, ref] of Object.entries(data.aliases)) {
    const i = byRef.get(ref);
    if (i !== undefined) alias.set(exactKey(written), i);
  }
  const countries = new Map<string, CountryEntry>();
  const countryName = new Map<string, string>();
  const demonym = new Map<string, string>();
  const countryAcronym = new Map<string, string>();
  for (const row of data.countries) {
    const c = decodeCountry(row);
    countries.set(c.iso2, c);
    for (const n of c.names) {
      if (/^(?:[A-Z]\.?){2,4}$/.test(n)) countryAcronym.set(n.replace(/\./g, ''), c.iso2);
      else countryName.set(exactKey(n), c.iso2);
    }
    for (const d of c.demonyms) {
      demonym.set(exactKey(d), c.iso2);
      const plural = demonymPlural(d);
      if (plural) demonym.set(exactKey(plural), c.iso2);
    }
  }
  return {
    places,
    countries,
    exact,
    skeleton,
    alias,
    countryName,
    demonym,
    countryAcronym,
    maxWords: Math.min(6, maxWords),
  };
}
