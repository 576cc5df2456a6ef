/**
 * The article-extraction pipeline's shared shapes. Every mention carries the exact span of the
 * words it came from, as UTF-16 offsets into the article text (the dataset's `offset` unit), so a
 * draft can always show, and a test can always check, the evidence behind each field.
 */
import type { LocationPrecision } from '../vocabulary';

/** [start, end) in UTF-16 code units of the input text; `text.slice(start, end)` is the evidence. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Index of the paragraph (blocks separated by a blank line) the sentence is in. */
  paragraph: number;
}

/** The article as the extractor receives it. */
export interface ArticleInput {
  text: string;
  /** YYYY-MM-DD: relative dates are resolved against it, with a past bias. */
  published: string;
  outlet?: string;
  /** A dateline if the caller knows it; otherwise the extractor looks for one at the start of the text. */
  dateline?: string;
}

/** One ranked gazetteer candidate for a place mention. */
export interface PlaceCandidate {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  lon: number;
  lat: number;
  /** Higher is better; comparable within one mention only. */
  score: number;
  /** Where the candidate comes from (gazetteer and entry), for the analyst and for provenance. */
  source: string;
  precision: LocationPrecision;
}

export interface PlaceMention extends Span {
  /** The words as written, e.g. "Deir al-Zor" or "Aleppo" inside "Aleppo University". */
  asWritten: string;
  /**
   * literal: a place name; nested: a place name inside an organisation's name ("Aleppo University");
   * demonym: "Syrian" → country level, only used when nothing finer is said; dateline: where the
   * reporter filed from ("TRIPOLI (Reuters) -"), not necessarily where the event was.
   */
  kind: 'literal' | 'nested' | 'demonym' | 'dateline';
  /** Ranked best first; empty when the name is not in any gazetteer (kept as written). */
  candidates: PlaceCandidate[];
  /** Why the top candidate may be wrong ("Tripoli: Libya or Lebanon; Libya, from Sirte and Sabratha in the same article"). */
  ambiguity?: string;
}

/** Finds the places an article mentions. Pure: the gazetteer is loaded once and passed in. */
export type FindPlaces = (input: ArticleInput, sentences: Sentence[]) => PlaceMention[];
