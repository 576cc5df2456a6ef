/**
 * The place finder: datelines, then every capitalised name the gazetteer knows, judged by its
 * context, with candidates ranked by the countries the whole article names. Build once per
 * gazetteer (the index takes a moment), then call per article.
 */
import { exactKey, skeletonKey } from '../../placeKey';
import type { ArticleInput, FindPlaces, PlaceMention, Sentence } from '../types';
import { findDatelines, type DatelinePlace } from './findDatelines';
import type { PlaceGazetteerData } from './gazetteerData';
import { judgeHit, type Judgement } from './judgeHit';
import { collectNameParts } from './nameContext';
import { buildPlaceIndex, type PlaceIndex } from './placeIndex';
import { countryCandidate, explainAmbiguity, rankPlaces, type CountryEvidence } from './rankCandidates';
import { scanNames, type NameHit } from './scanNames';
import { sentenceStartOffsets, tokenizeWords } from './tokenizeWords';

const WEIGHT = { country: 2, demonym: 1, place: 1, dateline: 0.5 };

export function createPlaceFinder(data: PlaceGazetteerData): FindPlaces {
  const index = buildPlaceIndex(data);
  return (input, sentences) => findPlaces(index, input, sentences);
}

function findPlaces(index: PlaceIndex, input: ArticleInput, sentences: Sentence[]): PlaceMention[] {
  const { text } = input;
  const words = tokenizeWords(text, sentenceStartOffsets(text, sentences));
  const datelines = findDatelines(text, input.dateline);
  const inDateline = (w: number) => datelines.some((d) => words[w].start < d.end && words[w].end > d.start);
  const hits = scanNames(text, words, index, inDateline);
  const lowerCaseWords = new Set(words.filter((w) => !w.capitalised).map((w) => w.lower));
  const evidence: CountryEvidence = new Map();
  const note = (iso2: string, weight: number, written: string) => {
    const e = evidence.get(iso2) ?? { weight: 0, written: [] };
    e.weight += weight;
    if (!e.written.includes(written)) e.written.push(written);
    evidence.set(iso2, e);
  };
  const datelinePlaces = datelines.map((d) => datelineCandidates(index, d));
  datelinePlaces.forEach((places, i) => {
    const countries = new Set(places.map((p) => index.places[p].country));
    if (countries.size === 1) note([...countries][0], WEIGHT.dateline, datelines[i].asWritten);
  });
  const nameParts = collectNameParts(words, index);
  const ctx = { words, index, lowerCaseWords, nameParts, countries: new Set<string>() };
  const judged: Array<{ hit: NameHit; j: Judgement }> = [];
  for (const hit of hits.filter((h) => h.kind !== 'place')) {
    const j = judgeHit(hit, ctx);
    if (!j || !hit.iso2) continue;
    judged.push({ hit, j });
    note(hit.iso2, j.kind === 'demonym' ? WEIGHT.demonym : WEIGHT.country, text.slice(hit.start, hit.end));
  }
  ctx.countries = new Set(evidence.keys());
  for (const hit of hits.filter((h) => h.kind === 'place')) {
    const j = judgeHit(hit, ctx);
    if (!j) continue;
    judged.push({ hit, j });
    const countries = new Set(j.places.map((p) => index.places[p].country));
    if (countries.size === 1) note([...countries][0], WEIGHT.place, text.slice(hit.start, hit.end));
  }
  const mentions = judged.map(({ hit, j }) => toMention(index, text, hit, j, evidence));
  datelines.forEach((d, i) => mentions.push(placeMention(index, d, 'dateline', datelinePlaces[i], false, evidence)));
  return mentions.sort((a, b) => a.start - b.start);
}

function toMention(
  index: PlaceIndex,
  text: string,
  hit: NameHit,
  j: Judgement,
  evidence: CountryEvidence,
): PlaceMention {
  const span = { start: hit.start, end: hit.end, asWritten: text.slice(hit.start, hit.end) };
  if (hit.iso2) {
    const country = index.countries.get(hit.iso2);
    return { ...span, kind: j.kind, candidates: country ? [countryCandidate(country)] : [] };
  }
  const aliasIndex = hit.matchedBy === 'alias' ? hit.places[0] : undefined;
  return placeMention(index, span, j.kind, j.places, hit.matchedBy === 'variant', evidence, aliasIndex);
}

function placeMention(
  index: PlaceIndex,
  span: { start: number; end: number; asWritten: string },
  kind: PlaceMention['kind'],
  placeIndexes: number[],
  variant: boolean,
  evidence: CountryEvidence,
  aliasIndex?: number,
): PlaceMention {
  const places = placeIndexes.map((p) => index.places[p]);
  const candidates = rankPlaces(places, aliasIndex, variant, evidence);
  const ambiguity =
    aliasIndex === undefined ? explainAmbiguity(span.asWritten, candidates, places, evidence, index) : undefined;
  return {
    start: span.start,
    end: span.end,
    asWritten: span.asWritten,
    kind,
    candidates,
    ...(ambiguity ? { ambiguity } : {}),
  };
}

/** "THIES" → Thiès; "BENGHAZI, Libya" → only Libyan Benghazis. */
function datelineCandidates(index: PlaceIndex, d: DatelinePlace): number[] {
  const key = exactKey(d.asWritten);
  const alias = index.alias.get(key);
  let places =
    alias !== undefined ? [alias] : (index.exact.get(key) ?? index.skeleton.get(skeletonKey(d.asWritten)) ?? []);
  const hinted = d.countryHint ? index.countryName.get(exactKey(d.countryHint)) : undefined;
  if (hinted) places = places.filter((p) => index.places[p].country === hinted);
  return places;
}
