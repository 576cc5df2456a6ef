/**
 * Sentence and paragraph splitting with exact UTF-16 offsets. Paragraphs are blocks separated by a
 * blank line; a single line break (a headline, a dateline line, a list item) also ends a sentence.
 * Inside a line, a sentence ends at . ! or ? (with any closing quotes or brackets) followed by
 * white space and a capital, a digit or an opening quote — unless the word before the full stop is
 * an abbreviation ("Mr.", "Feb.", "Col.") or an initialism ("U.S.", "U.N."), which in news copy
 * nearly always runs on into a name ("U.S. Secretary of State").
 */
import type { Sentence } from './types';

/** Abbreviations that do not end a sentence, lower-case without the full stop. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'col',
  'gen',
  'lt',
  'maj',
  'capt',
  'cpl',
  'sgt',
  'adm',
  'cmdr',
  'gov',
  'sen',
  'rep',
  'rev',
  'pres',
  'sec',
  'amb',
  'hon',
  'messrs',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'nos',
  'vs',
  'etc',
  'approx',
  'est',
  'inc',
  'corp',
  'co',
  'ltd',
  'dept',
  'univ',
  'ave',
  'mt',
  'ft',
  'fig',
]);

const CLOSERS = '"\'”’)]»';
const OPENERS = '"\'“‘([«';

/** Splits the text into sentences; offsets index the original text. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = -1;
  let blankBefore = true;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') blankBefore = true;
    else {
      if (blankBefore) paragraph += 1;
      blankBefore = false;
      for (const [start, end] of splitLine(line)) {
        sentences.push({ start: lineStart + start, end: lineStart + end, paragraph });
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return sentences;
}

/** The sentence spans of one line, trimmed of surrounding white space. */
function splitLine(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = skipSpace(line, 0);
  for (let i = start; i < line.length; i++) {
    const ch = line[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < line.length && CLOSERS.includes(line[end])) end++;
    const next = skipSpace(line, end);
    if (next === end || next >= line.length) continue;
    if (!startsSentence(line, next)) continue;
    if (ch === '.' && isAbbreviation(line, i)) continue;
    spans.push([start, end]);
    start = next;
    i = next - 1;
  }
  const last = trimEnd(line, line.length);
  if (last > start) spans.push([start, last]);
  return spans;
}

function startsSentence(line: string, at: number): boolean {
  const ch = line[at];
  if (OPENERS.includes(ch)) return true;
  return /[\p{Lu}\p{N}]/u.test(ch);
}

/** True when the full stop at `dot` closes an abbreviation or an initialism rather than a sentence. */
function isAbbreviation(line: string, dot: number): boolean {
  let wordStart = dot;
  while (wordStart > 0 && /[\p{L}.]/u.test(line[wordStart - 1])) wordStart--;
  const word = line.slice(wordStart, dot);
  if (word === '') return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // U.S, U.N, D.C
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "George W. Bush"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function skipSpace(line: string, at: number): number {
  while (at < line.length && /\s/.test(line[at])) at++;
  return at;
}

function trimEnd(line: string, at: number): number {
  while (at > 0 && /\s/.test(line[at - 1])) at--;
  return at;
}
