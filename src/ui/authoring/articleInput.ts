/**
 * What the Add article dialog proposes and refuses. Proposals come from the text itself, each with
 * the words it came from: the headline (a short first line), the outlet (a wire dateline's
 * "(Reuters)") and the publication date (a full date near the start). Refusals name what is wrong.
 */
/** The most an article may be, as for the command-line extractor. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH} (\\d{1,2}),? (\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const WIRE = /^[A-Z][A-Z .,'-]+\(([A-Z][A-Za-z .&-]{1,40})\)\s*[-–—]/m;

export interface Proposal {
  value: string;
  basis: string;
}

const day = (y: number, m: number, d: number): string | null => {
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === iso ? iso : null;
};

/** A full date written in the first 600 characters, as a publication date to confirm. */
export function proposeDate(text: string): Proposal | null {
  const head = text.slice(0, 600);
  const found: Array<{ at: number; iso: string | null; words: string }> = [];
  const mdy = MONTH_DAY_YEAR.exec(head);
  if (mdy) found.push({ at: mdy.index, words: mdy[0], iso: day(+mdy[3], monthOf(mdy[1]), +mdy[2]) });
  const dmy = DAY_MONTH_YEAR.exec(head);
  if (dmy) found.push({ at: dmy.index, words: dmy[0], iso: day(+dmy[3], monthOf(dmy[2]), +dmy[1]) });
  const iso = ISO.exec(head);
  if (iso) found.push({ at: iso.index, words: iso[0], iso: day(+iso[1], +iso[2], +iso[3]) });
  const first = found.filter((f) => f.iso).sort((a, b) => a.at - b.at)[0];
  if (!first?.iso) return null;
  return { value: first.iso, basis: `'${first.words}' near the start of the text` };
}

const monthOf = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

/** A first line of at most 200 characters followed by a blank line reads as the headline. */
export function proposeHeadline(text: string): Proposal | null {
  const match = /^\s*([^\n]{3,200})\n\s*\n/.exec(text);
  return match ? { value: match[1].trim(), basis: 'the first line of the text' } : null;
}

export function proposeOutlet(text: string): Proposal | null {
  const match = WIRE.exec(text.slice(0, 1000));
  return match ? { value: match[1].trim(), basis: `the dateline '${match[0].trim()}'` } : null;
}

export interface ArticleFields {
  text: string;
  headline: string;
  outlet: string;
  url: string;
  published: string;
}

/** Every problem with the fields, by field, in the order the dialog shows them; empty when none. */
export function checkArticle(
  fields: ArticleFields,
  today: string,
): Array<{ field: keyof ArticleFields; message: string }> {
  const problems: Array<{ field: keyof ArticleFields; message: string }> = [];
  const bytes = new TextEncoder().encode(fields.text).length;
  if (!fields.text.trim())
    problems.push({
      field: 'text',
      message: 'The article text is empty: paste the article, or choose or drop a file.',
    });
  else if (bytes > MAX_ARTICLE_BYTES)
    problems.push({
      field: 'text',
      message: `The article text is ${(bytes / 1048576).toFixed(1)} MB; an article can be at most 5 MB. Paste one article at a time.`,
    });
  if (!fields.headline.trim()) problems.push({ field: 'headline', message: 'Give the article’s headline.' });
  if (!fields.outlet.trim()) problems.push({ field: 'outlet', message: 'Name the outlet that published it.' });
  if (fields.url.trim() && !isWebLink(fields.url.trim()))
    problems.push({ field: 'url', message: 'The URL must start with http:// or https:// (or leave it empty).' });
  if (!fields.published) problems.push({ field: 'published', message: 'Give the publication date (YYYY-MM-DD).' });
  else if (!day(+fields.published.slice(0, 4), +fields.published.slice(5, 7), +fields.published.slice(8, 10)))
    problems.push({ field: 'published', message: `${fields.published} is not a calendar date.` });
  else if (fields.published > today)
    problems.push({
      field: 'published',
      message: `The publication date ${fields.published} is in the future (today is ${today}): relative dates such as “on Friday” are counted back from it.`,
    });
  return problems;
}

export function isWebLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}
