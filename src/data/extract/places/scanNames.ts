/**
 * The raw scan: every run of capitalised words (with "al-", "of", "and" inside) that is a written
 * form in the index, longest first. No judging here; judgeHit decides what is a place.
 */
import { exactKey, skeletonKey } from '../../placeKey';
import { ENGLISH_CONNECTORS, NAME_CONNECTORS } from './contextWords';
import type { PlaceIndex } from './placeIndex';
import type { Word } from './tokenizeWords';

export type HitKind = 'country' | 'demonym' | 'place';

export interface NameHit {
  /** Word indexes [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  kind: HitKind;
  /** For country and demonym hits. */
  iso2?: string;
  /** For place hits: indexes into index.places. */
  places: number[];
  matchedBy: 'acronym' | 'name' | 'alias' | 'variant';
}

/** Skeletons shorter than this match too many unrelated names to be trusted. */
const MIN_SKELETON_LETTERS = 4;

export function scanNames(text: string, words: Word[], index: PlaceIndex, skip: (w: number) => boolean): NameHit[] {
  const hits: NameHit[] = [];
  for (let i = 0; i < words.length; i++) {
    if (skip(i) || !canStart(words, i)) continue;
    const hit = longestHit(text, words, i, index, skip);
    if (!hit) continue;
    hits.push(hit);
    i = hit.to - 1;
  }
  return hits;
}

function canStart(words: Word[], i: number): boolean {
  const w = words[i];
  const next = words[i + 1];
  // "al-Foua": an article hyphened to a capitalised word; "As Damascus" and "at Es Sider" are English
  const hyphened = w.hyphenNext && next?.capitalised === true;
  if (ENGLISH_CONNECTORS.has(w.lower) && (!w.capitalised || w.sentenceStart)) return hyphened;
  return w.capitalised || (NAME_CONNECTORS.has(w.lower) && hyphened);
}

function longestHit(text: string, words: Word[], i: number, index: PlaceIndex, skip: (w: number) => boolean) {
  let last = i;
  while (last + 1 < words.length && last - i + 1 < index.maxWords && words[last].joinsNext && !skip(last + 1)) {
    const next = words[last + 1];
    if (!next.capitalised && !NAME_CONNECTORS.has(next.lower)) break;
    last++;
  }
  for (let j = last; j >= i; j--) {
    if (!words[j].capitalised) continue;
    const hit = lookup(text, words, i, j + 1, index);
    if (hit) return hit;
  }
  return undefined;
}

function lookup(text: string, words: Word[], from: number, to: number, index: PlaceIndex): NameHit | undefined {
  const start = words[from].start;
  const end = words[to - 1].end;
  const raw = text.slice(start, end);
  const base = { from, to, start, end, places: [] as number[] };
  const acronym = index.countryAcronym.get(raw.replace(/\./g, ''));
  if (acronym && to - from === 1) return { ...base, kind: 'country', iso2: acronym, matchedBy: 'acronym' };
  if (words[from].allCaps || words[to - 1].allCaps) return undefined;
  const key = exactKey(raw);
  const demonym = index.demonym.get(key);
  if (demonym) return { ...base, kind: 'demonym', iso2: demonym, matchedBy: 'name' };
  const country = index.countryName.get(key);
  if (country) return { ...base, kind: 'country', iso2: country, matchedBy: 'name' };
  const alias = index.alias.get(key);
  const exact = index.exact.get(key);
  if (alias !== undefined) {
    return { ...base, kind: 'place', places: [alias, ...(exact ?? []).filter((p) => p !== alias)], matchedBy: 'alias' };
  }
  if (exact) return { ...base, kind: 'place', places: exact, matchedBy: 'name' };
  const skeleton = skeletonKey(raw);
  if (skeleton.replace(/ /g, '').length < MIN_SKELETON_LETTERS) return undefined;
  const variant = index.skeleton.get(skeleton);
  return variant ? { ...base, kind: 'place', places: variant, matchedBy: 'variant' } : undefined;
}
