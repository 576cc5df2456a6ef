/**
 * How much of one article's text is in another's: the share of the shorter text's five-word
 * shingles (runs of five consecutive words, case and punctuation ignored) that the other text
 * also has. Containment rather than Jaccard, so that a reprint that trims or adds paragraphs
 * still scores as the copy it is. At or above REPRINT_THRESHOLD two texts count as one report.
 *
 * The threshold, from the pairs in textSimilarity.test.ts: a reprint with a new headline, a
 * dropped paragraph and an added line scores 0.97; a rewrite of the same event in other words,
 * sharing one quotation, 0.09; a different event 0; the closest two bundled articles (Reuters on
 * Libya, 19 and 24 Feb) 0.009. 0.5 sits far from both sides.
 */

export const SHINGLE_WORDS = 5;
export const REPRINT_THRESHOLD = 0.5;

const words = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .match(/[\p{L}\p{N}']+/gu) ?? [];

export function shingles(text: string, size = SHINGLE_WORDS): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  if (w.length > 0 && w.length < size) out.add(w.join(' '));
  for (let i = 0; i + size <= w.length; i++) out.add(w.slice(i, i + size).join(' '));
  return out;
}

/** |A ∩ B| / min(|A|, |B|), 0 when either text has no words. */
export function containment(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

export const textContainment = (a: string, b: string) => containment(shingles(a), shingles(b));

export const isReprint = (a: string, b: string) => textContainment(a, b) >= REPRINT_THRESHOLD;
