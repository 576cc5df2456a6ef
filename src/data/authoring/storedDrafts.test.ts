import { describe, expect, it } from 'vitest';
import { checkStoredDrafts } from './storedDrafts';

const text = 'TRIPOLI - An air strike hit Sabratha on Friday, killing 40 people.';
const quote = 'An air strike hit Sabratha on Friday';
const draft = {
  id: 'air-strike-sabratha',
  title: 'Air strike in Sabratha (corrected)',
  when: { start: '2016-02-19', precision: 'day' },
  actors: [],
  casualties: {},
  excerpts: [{ quote, offset: text.indexOf(quote) }],
};

describe('stored drafts', () => {
  it('come back as the analyst left them, and an older record without them stays without', () => {
    expect(checkStoredDrafts([draft], text)).toEqual([draft]);
    expect(checkStoredDrafts(undefined, text)).toBeUndefined();
    expect(checkStoredDrafts([], text)).toEqual([]);
  });

  it('are dropped whole, saying why, when a draft is malformed or its excerpt is not the text', () => {
    expect(checkStoredDrafts('x', text)).toEqual({ dropped: 'its corrected drafts are not a list' });
    const moved = { ...draft, excerpts: [{ quote, offset: 3 }] };
    expect(checkStoredDrafts([draft, moved], text)).toEqual({
      dropped: "draft 2 (air-strike-sabratha) has an excerpt that is not the article's text at its offset",
    });
    expect(checkStoredDrafts([{ ...draft, when: null }], text)).toEqual({
      dropped: 'draft 1 (air-strike-sabratha) has no date',
    });
    expect(checkStoredDrafts([draft, draft], text)).toEqual({ dropped: 'two drafts share the id air-strike-sabratha' });
  });
});
