import { describe, expect, it } from 'vitest';
import { wrapCaption } from './wrapCaption';

const chars = (s: string) => s.length; // one unit a character

describe('a step caption laid out for a video frame', () => {
  it('wraps at words to the width and keeps the caption’s own line breaks', () => {
    expect(wrapCaption('U.S. jets strike a camp near Sabratha\nDozens killed', 16, chars)).toEqual([
      'U.S. jets strike',
      'a camp near',
      'Sabratha',
      'Dozens killed',
    ]);
    for (const line of wrapCaption('one two three four five six seven', 9, chars))
      expect(line.length).toBeLessThanOrEqual(9);
  });

  it('stops at the most lines, saying so with an ellipsis, and cuts a word wider than a line', () => {
    const lines = wrapCaption('a b c d e f g h', 1, chars, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2].endsWith('…')).toBe(true);
    expect(wrapCaption('Abdelbasset', 6, chars)).toEqual(['Abdel…']);
    expect(wrapCaption('', 10, chars)).toEqual(['']);
  });
});
