import { describe, expect, it } from 'vitest';
import { verbatimQuote } from './quoteSelection';

const TEXT = 'First paragraph ends here.\n\nSecond paragraph starts here.';

describe('a selection becomes a verbatim quote of the archived text', () => {
  it('keeps a paragraph break inside the quote and trims whitespace at the edges', () => {
    const start = TEXT.indexOf('ends') - 1; // a space before the selection
    const end = TEXT.indexOf('starts');
    const quote = verbatimQuote(TEXT, start, end);
    expect(quote).toEqual({ offset: TEXT.indexOf('ends'), quote: 'ends here.\n\nSecond paragraph' });
    if (typeof quote === 'object' && quote)
      expect(TEXT.slice(quote.offset, quote.offset + quote.quote.length)).toBe(quote.quote);
  });

  it('takes a backwards selection the right way round, and nothing for whitespace alone', () => {
    expect(verbatimQuote(TEXT, 5, 0)).toEqual({ offset: 0, quote: 'First' });
    expect(verbatimQuote(TEXT, 26, 28)).toBeNull();
  });

  it('refuses a selection longer than an excerpt may be, saying how long', () => {
    expect(verbatimQuote('a'.repeat(1300), 0, 1300)).toMatch(/1300 characters; an excerpt holds at most 1200/);
  });
});
