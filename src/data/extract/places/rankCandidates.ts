/**
 * Ranking a name's gazetteer candidates by size and by the countries the rest of the article
 * names, and saying so when the choice is open: "Tripoli: Libya or Lebanon; Libya, from Sabratha
 * and Misrata in the same article".
 */
import type { PlaceCandidate } from '../types';
import { roughKm } from './buildGazetteerData';
import type { CountryEntry, GazetteerPlaceEntry } from './gazetteerData';
import type { PlaceIndex } from './placeIndex';

/** What the article says about each country: a weight and the words that gave it. */
export type CountryEvidence = Map<string, { weight: number; written: string[] }>;

/** Candidates kept per mention. */
const KEPT = 5;
/** A rival of the top candidate counts as a real alternative if it is at least this share of its size. */
const RIVAL_SHARE = 0.1;
/** Places of one name in one country closer than this are one place for the reader. */
const SAME_PLACE_KM = 50;
const BONUS = { alias: 4, gazetteer: 1, exact: 1, context: 3 };

export function countryCandidate(c: CountryEntry): PlaceCandidate {
  return {
    name: c.name,
    country: c.iso2,
    lon: c.lon,
    lat: c.lat,
    score: 1,
    source: `naturalearth:${c.iso2}`,
    precision: 'country',
  };
}

export function rankPlaces(
  places: GazetteerPlaceEntry[],
  aliasIndex: number | undefined,
  variant: boolean,
  evidence: CountryEvidence,
): PlaceCandidate[] {
  const total = [...evidence.values()].reduce((s, e) => s + e.weight, 0) || 1;
  const scored = places.map((p) => {
    const share = (evidence.get(p.country)?.weight ?? 0) / total;
    const score =
      Math.log10(Math.max(10, p.population)) +
      (p.index === aliasIndex ? BONUS.alias : 0) +
      (p.ref.startsWith('gazetteer:') ? BONUS.gazetteer : 0) +
      (variant ? 0 : BONUS.exact) +
      BONUS.context * share;
    return { p, score: Math.round(score * 100) / 100 };
  });
  scored.sort((a, b) => b.score - a.score || b.p.population - a.p.population);
  return scored.slice(0, KEPT).map(({ p, score }) => ({
    name: p.name,
    country: p.country,
    lon: p.lon,
    lat: p.lat,
    score,
    source: p.ref,
    precision: p.precision,
  }));
}

/** Why the top candidate may be wrong, or undefined when no rival is worth naming. */
export function explainAmbiguity(
  asWritten: string,
  ranked: PlaceCandidate[],
  places: GazetteerPlaceEntry[],
  evidence: CountryEvidence,
  index: PlaceIndex,
): string | undefined {
  const top = ranked[0];
  if (!top) return undefined;
  const sizeOf = (c: PlaceCandidate) => places.find((p) => p.ref === c.source)?.population ?? 0;
  const biggest = Math.max(...ranked.map(sizeOf));
  const topTold = evidence.get(top.country)?.weight ?? 0;
  const rivals = ranked.slice(1).filter((c) => {
    const share = sizeOf(c) / Math.max(1, biggest);
    const told = (evidence.get(c.country)?.weight ?? 0) > topTold;
    if (share < RIVAL_SHARE && !(told && share >= RIVAL_SHARE / 10)) return false;
    if (c.country !== top.country) return true;
    // a region and its seat of the same name are one answer at different precisions
    return c.precision === top.precision && roughKm(c.lon, c.lat, top.lon, top.lat) > SAME_PLACE_KM;
  });
  if (rivals.length === 0) return undefined;
  const countryName = (iso2: string) => index.countries.get(iso2)?.name ?? iso2;
  const options = [top, ...rivals].map((c) => countryName(c.country)).filter((n, i, a) => a.indexOf(n) === i);
  const sameCountry = options.length === 1;
  const head = sameCountry
    ? `${asWritten}: ${rivals.length + 1} places of this name in ${options[0]}`
    : `${asWritten}: ${options.join(' or ')}`;
  const told = evidence.get(top.country);
  const rivalTold = Math.max(0, ...rivals.map((r) => evidence.get(r.country)?.weight ?? 0));
  if (!sameCountry && told && told.weight > rivalTold) {
    const words = told.written.filter((w) => w !== asWritten).slice(0, 3);
    return `${head}; ${countryName(top.country)}, from ${joinWords(words)} in the same article`;
  }
  return `${head}; the article does not settle it, the larger place is ranked first`;
}

function joinWords(words: string[]): string {
  return words.length <= 1
    ? (words[0] ?? 'the article')
    : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
