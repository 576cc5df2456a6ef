/**
 * What the words next to a name say about it: part of an organisation's name ("Aleppo University",
 * "University of Aleppo"), part of a person's name ("Ismail Shukri"), or a place word itself.
 */
import { exactKey } from '../../placeKey';
import {
  NAME_CONNECTORS,
  NEVER_PLACES,
  OPEN_WORDS,
  ORG_WORDS,
  PLACE_SUFFIXES,
  ROLE_NOUNS,
  TITLES,
} from './contextWords';
import type { GazetteerPlaceEntry } from './gazetteerData';
import type { PlaceIndex } from './placeIndex';
import type { NameHit } from './scanNames';
import type { Word } from './tokenizeWords';

/** "Aleppo University", "Sirte Oil Company", "University of Aleppo", "Central Bank of Libya". */
export function isNested(words: Word[], hit: NameHit): boolean {
  for (let j = hit.to, seen = 0; j < words.length && seen < 3 && words[j - 1].joinsNext; j++, seen++) {
    const w = words[j];
    if (!w.capitalised && w.lower !== 'of') break;
    if (ORG_WORDS.has(w.lower)) return true;
  }
  const of = words[hit.from - 1];
  if (of?.lower === 'of' || of?.lower === 'at') {
    for (
      let j = hit.from - 2, seen = 0;
      j >= 0 && seen < 3 && words[j].joinsNext && words[j].capitalised;
      j--, seen++
    ) {
      if (ORG_WORDS.has(words[j].lower)) return true;
    }
  }
  return false;
}

/** A name followed by another capitalised word that is neither a place nor a generic suffix ("Ismail Shukri"). */
export function partOfLongerName(words: Word[], to: number, index: PlaceIndex): boolean {
  const last = words[to - 1];
  let next = words[to];
  if (!next || !last.joinsNext || last.hyphenNext) return false;
  // "Abu al-Baraa", "Central District of California": the name goes on past the gazetteer's
  if (
    NAME_CONNECTORS.has(next.lower) &&
    next.lower !== 'and' &&
    next.lower !== 'the' &&
    next.joinsNext &&
    words[to + 1]?.capitalised
  ) {
    next = words[to + 1];
    if (!isPlaceWord(next, index) && !PLACE_SUFFIXES.has(next.lower)) return true;
  }
  if (!next.capitalised || next.allCaps) return false;
  if (PLACE_SUFFIXES.has(next.lower) || NEVER_PLACES.has(next.lower)) return false;
  return !isPlaceWord(next, index);
}

export function isPlaceWord(word: Word, index: PlaceIndex): boolean {
  const key = exactKey(word.text);
  return index.countryName.has(key) || index.demonym.has(key) || index.alias.has(key);
}

/** Words written as the second of two capitalised words ("Carter" in "Ash Carter"): surnames, mostly. */
export function collectNameParts(words: Word[], index: PlaceIndex): Set<string> {
  const parts = new Set<string>();
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1];
    const b = words[i];
    if (a.joinsNext && b.capitalised && (ROLE_NOUNS.has(a.lower) || TITLES.has(a.lower)) && !a.capitalised)
      parts.add(b.lower);
    if (!a.joinsNext || a.hyphenNext || !a.capitalised || !b.capitalised || a.allCaps || b.allCaps) continue;
    if (OPEN_WORDS.has(a.lower) || (a.sentenceStart && NEVER_PLACES.has(a.lower)) || isPlaceWord(a, index)) continue;
    parts.add(b.lower);
  }
  return parts;
}

/** A transliteration variant must also be spelled close to the name (skeletons alone join "Carter" and "Cuartero"). */
export function closeSpelling(written: string, place: GazetteerPlaceEntry): boolean {
  return [place.name, ...place.altNames].some((n) => {
    const name = exactKey(n);
    return name[0] === written[0] && editDistance(written, name) <= Math.max(2, Math.floor(0.25 * written.length));
  });
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}
