/**
 * Datelines: the city (or cities) in capitals that open a wire story, where the reporter filed
 * from, not necessarily where the event was. "TRIPOLI (Reuters) -", "BENGHAZI, Libya —",
 * "BEIRUT, Feb 23 (Reuters) -", "WASHINGTON/LOS ANGELES (Reuters) –", "ROME --".
 */
import type { Span } from '../types';

export interface DatelinePlace extends Span {
  /** The name as written, in capitals ("WADI BEY"). */
  asWritten: string;
  /** A country or state written after it ("Libya" in "BENGHAZI, Libya —"). */
  countryHint?: string;
}

const CAPS = String.raw`\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?`;
const DATE = String.raw`\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}`;
const DATELINE = new RegExp(
  String.raw`^(${CAPS}(?:\s*/\s*${CAPS})*)` +
    String.raw`(?:,\s*((?!${DATE})\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*))?` +
    String.raw`(?:,\s*${DATE})?\s*(?:\([^)\n]{2,40}\))?\s*(?:--|-|–|—)`,
  'u',
);

/** Paragraph starts scanned for a dateline: the headline and the first paragraphs. */
const PARAGRAPHS_SCANNED = 3;

export function findDatelines(text: string, given?: string): DatelinePlace[] {
  const starts: number[] = [];
  const at = given ? text.indexOf(given) : -1;
  if (at >= 0) starts.push(at);
  else {
    starts.push(0);
    for (const m of text.matchAll(/\n\s*\n\s*/g)) {
      if (starts.length >= PARAGRAPHS_SCANNED) break;
      starts.push(m.index + m[0].length);
    }
  }
  for (const start of starts) {
    const m = DATELINE.exec(text.slice(start, start + 160));
    if (m) return splitNames(m[1], start, m[2]);
  }
  return [];
}

function splitNames(names: string, start: number, countryHint: string | undefined): DatelinePlace[] {
  const places: DatelinePlace[] = [];
  for (const part of names.matchAll(/[^/]+/g)) {
    const lead = part[0].length - part[0].trimStart().length;
    const asWritten = part[0].trim().replace(/\.$/, '');
    const from = start + part.index + lead;
    places.push({ start: from, end: from + asWritten.length, asWritten, ...(countryHint ? { countryHint } : {}) });
  }
  return places;
}
