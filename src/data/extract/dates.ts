/**
 * Finds the date expressions of a sentence and resolves each against the publication date (see
 * dateRules.ts), keeping its precision, the words as written and a basis in words:
 * "'on Friday' in an article of Friday 19 Feb 2016: 19 Feb 2016".
 */
import type { DatePrecision } from '../vocabulary';
import { longDate, shortDate } from './calendar';
import { DATE_RULES, type ResolvedDate } from './dateRules';
import type { Span } from './types';

export interface ResolvedWhen {
  start: string;
  end?: string;
  precision: DatePrecision;
  basis: string;
  endOpen?: boolean;
}

export interface DateMention extends Span {
  asWritten: string;
  when: ResolvedWhen;
  /** The date of a statement ("officials said on Sunday"), not necessarily of the event reported. */
  reporting: boolean;
  /** Later than the publication date ("scheduled for March 22"). */
  future: boolean;
}

const REPORTING_BEFORE =
  /\b(?:said|says|told [\w.]+|told reporters|reported|announced|warned|stated|confirmed|added|published|wrote)\s*,?\s*$/i;
const LOOKING_AHEAD = /\b(?:scheduled|due|set|planned|expected|will|to be held|to take effect|take effect)\b[^.;]*$/i;

/** Date mentions in text.slice(span.start, span.end), offsets into the full text, in order. */
export function findDates(text: string, span: Span, published: string): DateMention[] {
  const sentence = text.slice(span.start, span.end);
  const found: Array<{ index: number; length: number; rank: number; m: RegExpExecArray }> = [];
  DATE_RULES.forEach((rule, rank) => {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
      found.push({ index: m.index, length: m[0].length, rank, m });
    }
  });
  found.sort((a, b) => b.length - a.length || a.rank - b.rank);
  const taken: Array<[number, number]> = [];
  const mentions: DateMention[] = [];
  for (const f of found) {
    const end = f.index + f.length;
    if (taken.some(([s, e]) => f.index < e && end > s)) continue;
    const before = sentence.slice(Math.max(0, f.index - 60), f.index);
    const resolved = DATE_RULES[f.rank].resolve(f.m, { published, lookingAhead: LOOKING_AHEAD.test(before) });
    if (!resolved) continue;
    taken.push([f.index, end]);
    mentions.push(toMention(f.m[0], span.start + f.index, resolved, published, REPORTING_BEFORE.test(before)));
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function toMention(words: string, at: number, r: ResolvedDate, published: string, reporting: boolean): DateMention {
  const asWritten = words.trim();
  const when: ResolvedWhen = {
    start: r.start,
    ...(r.end && r.end !== r.start ? { end: r.end } : {}),
    precision: r.precision,
    basis: `'${asWritten}' in an article of ${longDate(published)}: ${r.meaning ?? describeRange(r)}`,
    ...(r.endOpen ? { endOpen: true } : {}),
  };
  return { start: at, end: at + words.length, asWritten, when, reporting, future: r.future === true };
}

function describeRange(r: ResolvedDate): string {
  if (!r.end || r.end === r.start) return shortDate(r.start);
  return `${shortDate(r.start)} to ${shortDate(r.end)}`;
}
