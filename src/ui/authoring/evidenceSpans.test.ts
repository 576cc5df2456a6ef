import { describe, expect, it } from 'vitest';
import { segmentsOf } from './evidenceSpans';

describe('the article cut into segments at every evidence edge', () => {
  const text = 'On Friday an air strike hit Sabratha, killing 40.';
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

  it('marks the place and the date inside their excerpt, and leaves the rest plain', () => {
    const segments = segmentsOf(text.length, [
      { kind: 'excerpt', start: 0, end: text.length },
      { kind: 'place', ...at('Sabratha') },
      { kind: 'date', ...at('On Friday') },
    ]);
    const shown = segments.map((s) => [text.slice(s.start, s.end), s.kinds.join('+')]);
    expect(shown).toEqual([
      ['On Friday', 'excerpt+date'],
      [' an air strike hit ', 'excerpt'],
      ['Sabratha', 'excerpt+place'],
      [', killing 40.', 'excerpt'],
    ]);
  });

  it('covers the whole text exactly once, with nothing marked when there is no evidence', () => {
    expect(segmentsOf(text.length, [])).toEqual([{ start: 0, end: text.length, kinds: [] }]);
    const segments = segmentsOf(text.length, [{ kind: 'actor', start: 3, end: 9 }]);
    expect(segments.map((s) => s.end - s.start).reduce((a, b) => a + b)).toBe(text.length);
    expect(segments.map((s) => s.kinds)).toEqual([[], ['actor'], []]);
  });

  it('clips spans that run past the text', () => {
    expect(segmentsOf(5, [{ kind: 'place', start: 3, end: 99 }])).toEqual([
      { start: 0, end: 3, kinds: [] },
      { start: 3, end: 5, kinds: ['place'] },
    ]);
  });
});
