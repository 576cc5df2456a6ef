/**
 * The dateline of a wire story — "TRIPOLI (Reuters) –", "ROME --", "THIES, Senegal (Reuters) -" —
 * is where the reporter filed from. It is found in the first lines of the text (or taken from the
 * caller's `dateline`) and reported with its span, so the place finder can tell it apart.
 */
import type { ArticleInput, Span } from './types';

export interface Dateline extends Span {
  /** "TRIPOLI" or "THIES, Senegal" as written. */
  asWritten: string;
  /** The place part in title case, "Tripoli", for gazetteer look-up. */
  place: string;
}

const DATELINE =
  /^([A-Z][A-Z.'’ -]*[A-Z])(?:\/[A-Z][A-Z ]*[A-Z])?(, [A-Z][a-z]+(?: [A-Z][a-z]+)*)? (?:\((?:Reuters|AP|AFP|UPI)\) ?)?(?:--|–|—|-) /m;

export function findDateline(input: ArticleInput): Dateline | undefined {
  const head = input.text.slice(0, 600);
  const m = DATELINE.exec(head);
  if (!m) return undefined;
  const start = m.index;
  const asWritten = m[1] + (m[2] ?? '');
  return { start, end: start + asWritten.length, asWritten, place: titleCase(m[1]) };
}

function titleCase(words: string): string {
  return words.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
