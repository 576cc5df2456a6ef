/**
 * Casualty claims set by the analyst from a selection in the source viewer: the selected words
 * are widened to the sentence(s) they sit in (the excerpt the claim rests on), and the killed or
 * wounded figures the extractor reads there that overlap the selection become the claims, with
 * the words as written, their bounds, and who gives them (the sentence's attribution, or the
 * outlet's own voice). Nothing is typed: a selection without a figure is refused, with the reason.
 */
import { findCasualties } from '../extract/casualties';
import { splitSentences } from '../extract/sentences';
import type { Excerpt, Figure } from '../schema';

export interface SelectedWords {
  offset: number;
  quote: string;
}

export interface FiguresInQuote {
  /** The whole sentence(s) holding the selection, verbatim at its offset. */
  excerpt: Excerpt;
  killed: Figure[];
  wounded: Figure[];
  /** What was read, in words: "killed: “as many as 40 people” (up to 40)". */
  said: string[];
}

const bounds = (f: { min?: number; max?: number }) =>
  f.min !== undefined && f.max !== undefined
    ? f.min === f.max
      ? `${f.min}`
      : `${f.min}–${f.max}`
    : f.min !== undefined
      ? `at least ${f.min}`
      : f.max !== undefined
        ? `up to ${f.max}`
        : 'no bound stated';

/** The figures in a selection of `text` (archived source `source`, by `outlet`), or why there are none. */
export function figuresInQuote(
  text: string,
  source: string,
  outlet: string,
  selection: SelectedWords,
): FiguresInQuote | string {
  const from = selection.offset;
  const to = from + selection.quote.length;
  if (selection.quote.trim() === '' || text.slice(from, to) !== selection.quote)
    return 'the selection is not the archived text at its place';
  const sentences = splitSentences(text).filter((s) => s.start < to && s.end > from);
  if (sentences.length === 0) return 'the selection holds no sentence';
  const span = { start: sentences[0].start, end: sentences[sentences.length - 1].end };
  // Sentence by sentence, so that each figure has its own sentence's attribution.
  const found = sentences.flatMap((sentence) =>
    findCasualties(text, sentence, outlet).filter((f) => f.start < to && f.end > from),
  );
  if (found.length === 0)
    return 'no killed or wounded figure is in the selected words (select one, such as “killing as many as 40 people”)';
  // One "who gives them" is asked for all: figures of two speakers are not merged under one name.
  if (new Set(found.map((f) => f.attribution)).size > 1)
    return 'the selection holds figures given by different people: select one sentence at a time';
  const asFigure = (f: (typeof found)[number]): Figure => ({
    ...(f.min !== undefined ? { min: f.min } : {}),
    ...(f.max !== undefined ? { max: f.max } : {}),
    text: f.text,
    attribution: f.attribution,
    source,
  });
  return {
    excerpt: { source, offset: span.start, quote: text.slice(span.start, span.end) },
    killed: found.filter((f) => f.kind === 'killed').map(asFigure),
    wounded: found.filter((f) => f.kind === 'wounded').map(asFigure),
    said: found.map((f) => `${f.kind === 'killed' ? 'Killed' : 'Wounded'}: “${f.text}” (${bounds(f)})`),
  };
}
