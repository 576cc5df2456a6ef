/**
 * Casualty figures: "killing as many as 40 people", "41 people had been killed and six wounded",
 * "more than 40 Islamic State fighters", "which killed 14", "killed dozens of tourists". Each
 * figure keeps the words as written, min/max as stated (ACLED's most-conservative convention for
 * vague words: tens = 10, dozens = 12, hundreds = 100, said so in `convention`) and who gave it.
 */
import { findAttribution } from './attribution';
import type { Span } from './types';

export interface CasualtyFigure extends Span {
  kind: 'killed' | 'wounded';
  /** The figure's words as written, a verbatim slice of the text at [start, end). */
  text: string;
  min?: number;
  max?: number;
  /** Set when a vague word was turned into a number, or when no bound could be stated. */
  convention?: string;
  attribution: string;
  /** Where the attribution's words are; absent when it falls back to the outlet. */
  attributionSpan?: Span;
}

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  a: 1,
};
const VAGUE: Record<string, number> = { tens: 10, dozens: 12, hundreds: 100 };

const NUMBER =
  '(\\d{1,3}(?:,\\d{3})+|\\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozens|tens|hundreds|scores|several|a few)';
const QUALIFIER =
  '(?:(as many as|up to|at least|more than|over|nearly|almost|around|about|some|roughly|an estimated|fewer than|less than) )?';
const NOUN =
  "(?: (?:[A-Za-z’'-]+ ){0,3}?(?:people|persons|civilians|fighters|militants|soldiers|troops|tourists|peacekeepers|children|policemen|police|men|women|residents|members|others|guards|workers))?";
const KILL = '(?:killed|dead|died|killing|kills|kill)';
const WOUND = '(?:wounded|injured|wounding|injuring|hurt)';

interface Shape {
  pattern: RegExp;
  kind: 'killed' | 'wounded';
}

const SHAPES: Shape[] = [
  { kind: 'killed', pattern: new RegExp(`\\b(?:killing|killed|kills|kill) ${QUALIFIER}${NUMBER}${NOUN}`, 'gi') },
  {
    kind: 'wounded',
    pattern: new RegExp(`\\b(?:wounding|injuring|wounded|injured) ${QUALIFIER}${NUMBER}${NOUN}`, 'gi'),
  },
  {
    kind: 'killed',
    pattern: new RegExp(`\\b${QUALIFIER}${NUMBER}${NOUN}(?: (?:had|have|has|were|was))?(?: been)? ${KILL}\\b`, 'gi'),
  },
  {
    kind: 'wounded',
    pattern: new RegExp(`\\b${QUALIFIER}${NUMBER}${NOUN}(?: (?:had|have|has|were|was))?(?: been)? ${WOUND}\\b`, 'gi'),
  },
  { kind: 'killed', pattern: new RegExp(`\\bdeath toll (?:of|at|to|rose to|stood at) ${QUALIFIER}${NUMBER}`, 'gi') },
];

/** Figures in text.slice(span.start, span.end); `fallback` names who gave them when the sentence does not say. */
export function findCasualties(text: string, span: Span, fallback: string): CasualtyFigure[] {
  const sentence = text.slice(span.start, span.end);
  const figures: CasualtyFigure[] = [];
  for (const { pattern, kind } of SHAPES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      const start = span.start + m.index;
      const end = start + m[0].length;
      if (figures.some((f) => f.kind === kind && start < f.end && end > f.start)) continue;
      const bounds = toBounds(m[1]?.toLowerCase(), m[2].toLowerCase());
      if (!bounds) continue;
      const who = findAttribution(text, span);
      figures.push({
        kind,
        start,
        end,
        text: m[0],
        ...bounds,
        attribution: who?.name ?? fallback,
        ...(who ? { attributionSpan: { start: who.start, end: who.end } } : {}),
      });
    }
  }
  return figures.sort((a, b) => a.start - b.start);
}

type Bounds = { min?: number; max?: number; convention?: string };

/** min/max from a qualifier and a number word; null when the words are not a count ("a few"). */
export function toBounds(qualifier: string | undefined, number: string): Bounds | null {
  const vague = VAGUE[number];
  if (vague !== undefined) {
    return { min: vague, convention: `'${number}' coded as at least ${vague} (ACLED's convention for vague numbers)` };
  }
  if (number === 'a dozen') return qualify(qualifier, 12);
  const value = parseNumber(number);
  if (value === undefined) return { convention: `'${number}' is not a number; no bound stated` };
  return qualify(qualifier, value);
}

function qualify(qualifier: string | undefined, n: number): Bounds {
  switch (qualifier) {
    case 'as many as':
    case 'up to':
      return { max: n };
    case 'at least':
      return { min: n };
    case 'more than':
    case 'over':
      return { min: n + 1 };
    case 'fewer than':
    case 'less than':
      return { max: Math.max(0, n - 1) };
    case undefined:
      return { min: n, max: n };
    default:
      return { convention: `'${qualifier} ${n}' is approximate; no bound stated` };
  }
}

function parseNumber(word: string): number | undefined {
  if (/^[\d,]+$/.test(word)) return Number(word.replace(/,/g, ''));
  const [tens, unit] = word.split('-');
  if (UNITS[tens] === undefined || (unit && UNITS[unit] === undefined)) return undefined;
  return UNITS[tens] + (unit ? UNITS[unit] : 0);
}
