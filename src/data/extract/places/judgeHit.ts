/**
 * Deciding whether a scanned name is a place here, and of what kind, from the words around it:
 * capitalisation, place cues ("in", "near", "the town of"), organisation words ("University"),
 * titles and names around it ("President Obama", "Saddam Hussein", "company Weatherford"), population.
 */
import { exactKey } from '../../placeKey';
import { CUE_ONLY, METONYMS, NEVER_PLACES, OPEN_WORDS, PLACE_CUES, ROLE_NOUNS, TITLES } from './contextWords';
import { closeSpelling, isNested, isPlaceWord, partOfLongerName } from './nameContext';
import type { PlaceIndex } from './placeIndex';
import type { NameHit } from './scanNames';
import type { Word } from './tokenizeWords';

export interface Judgement {
  kind: 'literal' | 'nested' | 'demonym';
  /** A place cue stands right before it. */
  cued: boolean;
  /** The candidates kept (variants are narrowed to close spellings in the article's countries). */
  places: number[];
}

export interface JudgeContext {
  words: Word[];
  index: PlaceIndex;
  /** Words the article also writes in lower case somewhere ("police", "reading"): common words. */
  lowerCaseWords: ReadonlySet<string>;
  /** Words the article writes inside a longer capitalised name ("Carter" of "Ash Carter"). */
  nameParts: ReadonlySet<string>;
  /** Countries the article names (by name, demonym or dateline). */
  countries: ReadonlySet<string>;
}

/** Without a cue or the article's country, a one-word name must be at least this big to count. */
export const MIN_POPULATION_UNCUED = 20000;
/** ...and at the start of a sentence, where every word is capitalised, this big. */
export const MIN_POPULATION_SENTENCE_START = 100000;

export function judgeHit(hit: NameHit, ctx: JudgeContext): Judgement | undefined {
  const { words } = ctx;
  const first = words[hit.from];
  const single = hit.to - hit.from === 1;
  const key = exactKey(first.text);
  const cued = hasCue(words, hit.from);
  const kind = isNested(words, hit) ? 'nested' : 'literal';
  if (hit.kind === 'demonym') return { kind: 'demonym', cued, places: [] };
  if (hit.kind === 'country') {
    const adjective = hit.matchedBy === 'acronym' && words[hit.to - 1].joinsNext;
    return { kind: adjective ? 'demonym' : kind, cued, places: [] };
  }
  const before = words[hit.from - 1];
  if (
    METONYMS.has(
      exactKey(
        words
          .slice(hit.from, hit.to)
          .map((w) => w.text)
          .join(' '),
      ),
    )
  )
    return undefined;
  if (before && !before.capitalised && ROLE_NOUNS.has(before.lower)) return undefined;
  if (before?.dotNext && TITLES.has(before.lower)) return undefined;
  if (single && NEVER_PLACES.has(key)) return undefined;
  if (single && !cued && (CUE_ONLY.has(key) || ctx.lowerCaseWords.has(first.lower))) return undefined;
  if (before && before.joinsNext && before.capitalised && !OPEN_WORDS.has(before.lower)) {
    if (TITLES.has(before.lower)) return undefined;
    const openingFunctionWord = before.sentenceStart && NEVER_PLACES.has(before.lower);
    if (!openingFunctionWord && kind !== 'nested' && !isPlaceWord(before, ctx.index)) return undefined;
  }
  if (kind !== 'nested' && partOfLongerName(words, hit.to, ctx.index)) return undefined;
  if (single && !cued && ctx.nameParts.has(first.lower)) return undefined;
  let places = hit.places;
  if (hit.matchedBy === 'variant') {
    const written = exactKey(
      words
        .slice(hit.from, hit.to)
        .map((w) => w.text)
        .join(' '),
    );
    places = places.filter((p) => closeSpelling(written, ctx.index.places[p]));
    if (!cued) places = places.filter((p) => ctx.countries.has(ctx.index.places[p].country));
    return places.length > 0 ? { kind, cued, places } : undefined;
  }
  if (!single || cued || hit.matchedBy === 'alias') return { kind, cued, places };
  const floor = first.sentenceStart ? MIN_POPULATION_SENTENCE_START : MIN_POPULATION_UNCUED;
  const credible = places.some((p) => {
    const place = ctx.index.places[p];
    return ctx.countries.has(place.country) || place.population >= floor;
  });
  return credible ? { kind, cued, places } : undefined;
}

function hasCue(words: Word[], from: number): boolean {
  const before = words[from - 1];
  if (!before) return false;
  if (!PLACE_CUES.has(before.lower)) return false;
  // "Secretary of State": a cue inside a capitalised title does not count; "the city of" does
  return !(before.lower === 'of' && words[from - 2]?.capitalised && !words[from - 2]?.sentenceStart);
}
