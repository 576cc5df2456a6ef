import { describe, expect, it } from 'vitest';
import { findCasualties } from './casualties';

const figures = (sentence: string) => findCasualties(sentence, { start: 0, end: sentence.length }, 'Reuters');

describe('casualty phrases', () => {
  const cases: Array<[string, Partial<ReturnType<typeof figures>[number]>]> = [
    [
      'U.S. warplanes struck on Friday, killing as many as 40 people in an operation.',
      { kind: 'killed', text: 'killing as many as 40 people', max: 40, min: undefined },
    ],
    [
      'He said at least 41 people had been killed.',
      { kind: 'killed', text: 'at least 41 people had been killed', min: 41, max: undefined },
    ],
    [
      'An air raid killed more than 40 Islamic State fighters last week.',
      { kind: 'killed', text: 'killed more than 40 Islamic State fighters', min: 41 },
    ],
    ['The attacks killed dozens of tourists.', { kind: 'killed', min: 12, max: undefined }],
    ['Shelling killed hundreds of people.', { kind: 'killed', min: 100 }],
    ['The bomb went off, killing three.', { kind: 'killed', text: 'killing three', min: 3, max: 3 }],
    ['The shooting rampage, which killed 14, shocked the nation.', { kind: 'killed', min: 14, max: 14 }],
    ['The blast killed around 150 people.', { kind: 'killed', min: undefined, max: undefined }],
  ];
  for (const [sentence, expected] of cases) {
    it(sentence, () => {
      const [f] = figures(sentence);
      const { min, max, ...rest } = expected;
      expect(f).toMatchObject(rest);
      if ('min' in expected) expect(f.min).toBe(min);
      if ('max' in expected) expect(f.max).toBe(max);
    });
  }
  it('says which convention turned a vague word into a number', () => {
    expect(figures('The attacks killed dozens of tourists.')[0].convention).toMatch(/ACLED/);
  });
  it('finds killed and wounded in one sentence', () => {
    const found = figures('He said 41 people had been killed and six wounded.');
    expect(found.map((f) => [f.kind, f.min, f.max])).toEqual([
      ['killed', 41, 41],
      ['wounded', 6, 6],
    ]);
  });
  it('keeps the attribution as written, else the outlet', () => {
    expect(figures('Five people were killed, the mayor said.')[0].attribution).toBe('the mayor');
    expect(figures('Five people were killed, according to the Syrian Observatory.')[0].attribution).toBe(
      'the Syrian Observatory',
    );
    expect(figures('Five people were killed.')[0].attribution).toBe('Reuters');
  });
  it('text is the verbatim slice at its offsets', () => {
    const s = 'Police said on Monday that seven soldiers were killed near the border.';
    const [f] = figures(s);
    expect(s.slice(f.start, f.end)).toBe(f.text);
  });
});
