import { describe, expect, it } from 'vitest';
import { checkArticle, proposeDate, proposeHeadline, proposeOutlet } from './articleInput';

const fields = { text: 'Text.', headline: 'H', outlet: 'O', url: '', published: '2016-02-19' };
const messages = (patch: Partial<typeof fields>) =>
  checkArticle({ ...fields, ...patch }, '2026-12-02').map((p) => `${p.field}: ${p.message}`);

describe('what the Add article dialog refuses, naming the field', () => {
  it('accepts a complete article', () => expect(messages({})).toEqual([]));
  it.each([
    [{ text: '  \n ' }, /^text: The article text is empty/],
    [{ text: 'x'.repeat(20 * 1024 * 1024) }, /^text: The article text is 20\.0 MB; an article can be at most 5 MB/],
    [{ url: 'javascript:alert(1)' }, /^url: The URL must start with http:\/\/ or https:\/\//],
    [
      { published: '2030-01-01' },
      /^published: The publication date 2030-01-01 is in the future \(today is 2026-12-02\)/,
    ],
    [{ published: '2016-02-30' }, /^published: 2016-02-30 is not a calendar date/],
    [{ headline: ' ' }, /^headline: Give the article’s headline/],
  ])('%j', (patch, said) => expect(messages(patch)).toEqual([expect.stringMatching(said)]));
});

describe('proposals from the text, each with its basis', () => {
  it.each([
    ['WASHINGTON, Feb. 19, 2016 (AP) — text', '2016-02-19', "'Feb. 19, 2016'"],
    ['Published 24 February 2016. BEIRUT — text', '2016-02-24', "'24 February 2016'"],
    ['Updated 2016-02-02 10:00', '2016-02-02', "'2016-02-02'"],
  ])('a date in %s', (text, value, words) => {
    expect(proposeDate(text)).toEqual({ value, basis: `${words} near the start of the text` });
  });

  it('proposes no date when the text gives none, or an impossible one', () => {
    expect(proposeDate('TRIPOLI (Reuters) - U.S. warplanes struck on Friday.')).toBeNull();
    expect(proposeDate('Feb 30, 2016')).toBeNull();
  });

  it('reads the headline from a short first line and the outlet from a wire dateline', () => {
    const text = 'U.S. strikes Islamic State in Libya\n\nTRIPOLI (Reuters) – U.S. warplanes carried out air strikes.';
    expect(proposeHeadline(text)?.value).toBe('U.S. strikes Islamic State in Libya');
    expect(proposeOutlet(text)).toEqual({ value: 'Reuters', basis: "the dateline 'TRIPOLI (Reuters) –'" });
    expect(proposeOutlet('No dateline here.')).toBeNull();
  });
});
