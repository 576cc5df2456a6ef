/**
 * Pure functions that cut archived article texts out of the seed files.
 * Each article runs from its headline to the line before the next headline;
 * its bytes are kept as they are, apart from the web-page chrome that
 * `cleanCbsChrome` removes from the CBS page.
 */

/** A video caption on the CBS page: a truncated sentence ending in a duration such as "02:47". */
const CAPTION_LINE = /^[^\n]*\.\.\. \d{2}:\d{2}\n(\n|$)/gm;
const CBS_BANNER = 'Watch CBSN Live\n\n';
const CBS_FOOTER_START = '\nView CBS News In\n';

export interface ArticleCut {
  headline: string;
  text: string;
}

/** Cut `seed` at each headline, which must appear in this order at the start of a line. */
export function splitByHeadlines(seed: string, headlines: readonly string[]): ArticleCut[] {
  const starts = headlines.map((headline) => {
    const at = findLineStart(seed, headline);
    if (at < 0) throw new Error(`headline not found at the start of a line: "${headline}"`);
    return at;
  });
  starts.forEach((at, i) => {
    if (i > 0 && at <= starts[i - 1]) throw new Error(`headline out of order: "${headlines[i]}"`);
  });
  return headlines.map((headline, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : seed.length;
    return { headline, text: seed.slice(starts[i], end).replace(/\n+$/, '') + '\n' };
  });
}

function findLineStart(text: string, line: string): number {
  if (text.startsWith(line + '\n')) return 0;
  const at = text.indexOf('\n' + line + '\n');
  return at < 0 ? -1 : at + 1;
}

/** Remove the CBS banner, the video captions and the app footer; keep every other byte. */
export function cleanCbsChrome(page: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  let text = page;
  if (text.startsWith(CBS_BANNER)) {
    removed.push(CBS_BANNER.trim());
    text = text.slice(CBS_BANNER.length);
  }
  const footer = text.indexOf(CBS_FOOTER_START);
  if (footer >= 0) {
    removed.push(text.slice(footer + 1).trim());
    text = text.slice(0, footer + 1);
  }
  text = text.replace(CAPTION_LINE, (caption) => {
    removed.push(caption.trim());
    return '';
  });
  return { text: text.replace(/\n+$/, '') + '\n', removed };
}
