import { describe, expect, it } from 'vitest';
import { cleanCbsChrome, splitByHeadlines } from './splitArticles';

describe('splitByHeadlines', () => {
  const seed = 'First headline\n\nBody one.\n\nSecond headline\n\nBody two.\n';

  it('cuts at each headline and keeps the bytes of each article', () => {
    const cuts = splitByHeadlines(seed, ['First headline', 'Second headline']);
    expect(cuts.map((c) => c.text)).toEqual(['First headline\n\nBody one.\n', 'Second headline\n\nBody two.\n']);
  });

  it('refuses a headline that is missing or out of order', () => {
    expect(() => splitByHeadlines(seed, ['Nope'])).toThrow(/not found/);
    expect(() => splitByHeadlines(seed, ['Second headline', 'First headline'])).toThrow(/out of order/);
  });

  it('does not match a headline in the middle of a line', () => {
    expect(() => splitByHeadlines('x Second headline\n', ['Second headline'])).toThrow(/not found/);
  });
});

describe('cleanCbsChrome', () => {
  it('drops the banner, captions ending in a duration and the footer', () => {
    const page =
      'Watch CBSN Live\n\nHeadline\n\nPara one.\n\nLocal militias say ISIS advanced 20 miles Tue... 02:47\n\nPara two.\n\nView CBS News In\nCBS News App Open\n';
    const { text, removed } = cleanCbsChrome(page);
    expect(text).toBe('Headline\n\nPara one.\n\nPara two.\n');
    expect(removed).toHaveLength(3);
  });

  it('keeps a sentence that merely contains a time', () => {
    const { text } = cleanCbsChrome('Headline\n\nThey met at 10:30 on Tuesday.\n');
    expect(text).toContain('10:30');
  });
});
