/**
 * The date expressions the extractor understands, each with how it is resolved against the
 * publication date. Past bias throughout: news reports what has happened, so "on Tuesday" is the
 * latest Tuesday on or before publication and "in November" the latest November before it. A
 * month and day with no year ("on March 22") is past-biased too unless the sentence looks ahead
 * ("scheduled for", "will"), when it is the next such date.
 */
import type { DatePrecision } from '../vocabulary';
import {
  MONTHS,
  WEEKDAYS,
  addDays,
  firstOfMonth,
  isRealDate,
  lastOfMonth,
  mondayOf,
  parseYmd,
  shiftMonth,
  weekdayOf,
  formatYmd,
} from './calendar';

export interface ResolvedDate {
  start: string;
  end?: string;
  precision: DatePrecision;
  /** What the words meant, appended to the basis ("January 2016"); omitted when start says it all. */
  meaning?: string;
  endOpen?: boolean;
  future?: boolean;
}

export interface DateContext {
  published: string;
  /** The sentence looks ahead ("scheduled for", "will", "next"). */
  lookingAhead: boolean;
}

export interface DateRule {
  name: string;
  pattern: RegExp;
  resolve: (m: RegExpExecArray, ctx: DateContext) => ResolvedDate | null;
}

const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH_WORD =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
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
  few: 3,
  several: 3,
};
const COUNT = '(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)';

export const monthIndex = (word: string): number =>
  MONTHS.findIndex((m) => m.toLowerCase().startsWith(word.replace('.', '').toLowerCase().slice(0, 3))) + 1;
const weekdayIndex = (word: string): number => WEEKDAYS.findIndex((d) => d.toLowerCase() === word.toLowerCase());
const count = (word: string): number => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);

/** The latest date with this weekday on or before `published` (strictly before with "last" on the same weekday). */
export function pastWeekday(published: string, weekday: number, strictlyBefore = false): string {
  let back = (weekdayOf(published) - weekday + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return addDays(published, -back);
}

function month(year: number, m: number, published: string): ResolvedDate {
  const start = firstOfMonth(year, m);
  const last = lastOfMonth(year, m);
  const end = last > published && start <= published ? published : last;
  return { start, end, precision: 'month', meaning: monthMeaning(year, m) };
}
const monthMeaning = (year: number, m: number) => `${MONTHS[m - 1]} ${year}`;

function year(y: number, published: string, open = false): ResolvedDate {
  const end = `${y}-12-31` > published ? published : `${y}-12-31`;
  return open
    ? { start: `${y}-01-01`, end: published, precision: 'approximate', meaning: `from ${y} on`, endOpen: true }
    : { start: `${y}-01-01`, end, precision: 'approximate', meaning: `some time in ${y}` };
}

function monthDay(m: number, day: number, y: number | undefined, ctx: DateContext): ResolvedDate | null {
  const pub = parseYmd(ctx.published);
  if (y !== undefined)
    return isRealDate(y, m, day) ? { start: formatYmd({ year: y, month: m, day }), precision: 'day' } : null;
  if (!isRealDate(2000, m, day)) return null; // 29 Feb is real in a leap year
  const thisYear = formatYmd({ year: pub.year, month: m, day });
  const future = thisYear > ctx.published;
  if (future && ctx.lookingAhead) return { start: thisYear, precision: 'day', future: true };
  const chosen = future ? formatYmd({ year: pub.year - 1, month: m, day }) : thisYear;
  return isRealDate(parseYmd(chosen).year, m, day) ? { start: chosen, precision: 'day' } : null;
}

export const DATE_RULES: DateRule[] = [
  {
    name: 'weekday or weekday',
    pattern: new RegExp(`\\b(?:(last|on|this) )?${WEEKDAY} or ${WEEKDAY}\\b`, 'gi'),
    resolve: (m, { published }) => {
      const a = pastWeekday(published, weekdayIndex(m[2]), m[1]?.toLowerCase() === 'last');
      const b = pastWeekday(published, weekdayIndex(m[3]), m[1]?.toLowerCase() === 'last');
      const [start, end] = a <= b ? [a, b] : [b, a];
      return { start, end, precision: 'days' };
    },
  },
  {
    name: 'month day year',
    pattern: new RegExp(`\\b${MONTH_WORD} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?(?![\\d,])`, 'g'),
    resolve: (m, ctx) => monthDay(monthIndex(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined, ctx),
  },
  {
    name: 'day month year',
    pattern: new RegExp(`\\b(\\d{1,2}) ${MONTH_WORD}(?: (\\d{4}))?\\b`, 'g'),
    resolve: (m, ctx) => monthDay(monthIndex(m[2]), Number(m[1]), m[3] ? Number(m[3]) : undefined, ctx),
  },
  {
    name: 'month year',
    pattern: new RegExp(`\\b(?:(?:early|late|mid-?)\\s?)?${MONTH_WORD} (?:of )?(\\d{4})\\b`, 'gi'),
    resolve: (m, { published }) => month(Number(m[2]), monthIndex(m[1]), published),
  },
  {
    name: 'month',
    pattern: new RegExp(
      `\\b(?:([Ll]ast|[Ii]n|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?|[Tt]his) ?)?${MONTH_WORD}(?! \\d)`,
      'g',
    ),
    resolve: (m, { published }) => {
      const pub = parseYmd(published);
      const mi = monthIndex(m[2]);
      const strictly = m[1]?.toLowerCase() === 'last';
      const y = mi > pub.month || (strictly && mi === pub.month) ? pub.year - 1 : pub.year;
      if (!m[1] && m[2] === 'May') return null; // bare "May" is usually the verb
      return month(y, mi, published);
    },
  },
  {
    name: 'weekday',
    pattern: new RegExp(
      `\\b(?:(on|last|this|next|early|late|since) )?${WEEKDAY}(?:'s)?(?: (night|morning|evening|afternoon))?\\b`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const modifier = m[1]?.toLowerCase();
      const day = weekdayIndex(m[2]);
      if (modifier === 'next' || (ctx.lookingAhead && modifier !== 'last' && weekdayOf(ctx.published) !== day)) {
        const ahead = (day - weekdayOf(ctx.published) + 7) % 7 || 7;
        return { start: addDays(ctx.published, ahead), precision: 'day', future: true };
      }
      return { start: pastWeekday(ctx.published, day, modifier === 'last'), precision: 'day' };
    },
  },
  ...relativeRules(),
];

function relativeRules(): DateRule[] {
  return [
    {
      name: 'yesterday / today',
      pattern: /\b(yesterday|today|tonight|overnight)\b/gi,
      resolve: (m, { published }) => ({
        start: m[1].toLowerCase() === 'yesterday' ? addDays(published, -1) : published,
        precision: 'day',
      }),
    },
    {
      name: 'last / this / next week',
      pattern: /\b(last|this|earlier this|next|past) week(?:end)?\b/gi,
      resolve: (m, { published }) => {
        const which = m[1].toLowerCase();
        const monday = mondayOf(published);
        if (which === 'last') return { start: addDays(monday, -7), end: addDays(monday, -1), precision: 'week' };
        if (which === 'next')
          return { start: addDays(monday, 7), end: addDays(monday, 13), precision: 'week', future: true };
        if (which === 'past') return { start: addDays(published, -7), end: published, precision: 'week' };
        return { start: monday, end: published, precision: 'week' };
      },
    },
    {
      name: 'last / this month',
      pattern: /\b(last|this|earlier this|past|next) month\b/gi,
      resolve: (m, { published }) => {
        const pub = parseYmd(published);
        const which = m[1].toLowerCase();
        if (which === 'past') return { start: addDays(published, -30), end: published, precision: 'approximate' };
        const delta = which === 'last' ? -1 : which === 'next' ? 1 : 0;
        const { year: y, month: mo } = shiftMonth(pub.year, pub.month, delta);
        return { ...month(y, mo, published), future: delta > 0 };
      },
    },
    {
      name: 'last / this year',
      pattern: /\b(last|this|earlier this|past|next) year\b/gi,
      resolve: (m, { published }) => {
        const which = m[1].toLowerCase();
        const pub = parseYmd(published);
        if (which === 'past') return { start: addDays(published, -365), end: published, precision: 'approximate' };
        if (which === 'next') return { ...year(pub.year + 1, '9999-12-31'), future: true };
        return year(which === 'last' ? pub.year - 1 : pub.year, published);
      },
    },
    {
      name: 'N units ago',
      pattern: new RegExp(`\\b${COUNT} (day|week|month|year)s? ago\\b`, 'gi'),
      resolve: (m, { published }) => ago(count(m[1]), m[2].toLowerCase(), published),
    },
    {
      name: 'in the past N units',
      pattern: new RegExp(
        `\\b(?:in|over|during) the (?:past|last) (?:${COUNT} )?(hour|day|week|month|year)s?\\b`,
        'gi',
      ),
      resolve: (m, { published }) => {
        const n = m[1] ? count(m[1]) : 1;
        const unit = m[2].toLowerCase();
        if (unit === 'hour')
          return { start: addDays(published, -Math.max(1, Math.ceil(n / 24))), end: published, precision: 'days' };
        const days = n * ({ day: 1, week: 7, month: 30, year: 365 } as Record<string, number>)[unit];
        return { start: addDays(published, -days), end: published, precision: days <= 7 ? 'days' : 'approximate' };
      },
    },
    {
      name: 'year',
      pattern: /(?<![\d,.$£€])\b(?:(since|in|during|by|of|until) )?((?:19|20)\d{2})\b(?!\d|,\d|%|\.\d)/gi,
      resolve: (m, { published }) => year(Number(m[2]), published, m[1]?.toLowerCase() === 'since'),
    },
    {
      name: 'recently',
      pattern: /\b(recently|recent|in recent (?:days|weeks))\b/gi,
      resolve: (_m, { published }) => ({
        start: published,
        precision: 'approximate',
        meaning: 'before publication; the day is not stated',
      }),
    },
  ];
}

function ago(n: number, unit: string, published: string): ResolvedDate {
  if (unit === 'day') return { start: addDays(published, -n), precision: n <= 2 ? 'day' : 'days' };
  if (unit === 'week') return { start: addDays(published, -7 * n), precision: n === 1 ? 'week' : 'approximate' };
  const pub = parseYmd(published);
  const { year: y, month: mo } = shiftMonth(pub.year, pub.month, unit === 'month' ? -n : -12 * n);
  return { start: firstOfMonth(y, mo), precision: unit === 'month' && n === 1 ? 'month' : 'approximate' };
}
