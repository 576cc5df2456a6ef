import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figuresInQuote } from './figuresInQuote';

const SOURCE = 'reuters-2016-02-19-tripoli-sabratha-air-strike';
const text = readFileSync(`data/sources/${SOURCE}.txt`, 'utf8');
const select = (quote: string) => figuresInQuote(text, SOURCE, 'Reuters', { offset: text.indexOf(quote), quote });

describe('casualty figures in selected words', () => {
  it('widens the selection to its sentence, verbatim, and reads only the figures it touches', () => {
    const read = select('41 people had been killed');
    expect(read).toMatchObject({
      excerpt: { source: SOURCE, quote: 'He said 41 people had been killed and six wounded.' },
      killed: [{ text: '41 people had been killed', min: 41, max: 41, attribution: 'He', source: SOURCE }],
      wounded: [],
      said: ['Killed: “41 people had been killed” (41)'],
    });
    if (typeof read === 'string') throw new Error(read);
    expect(text.slice(read.excerpt.offset, read.excerpt.offset + read.excerpt.quote.length)).toBe(read.excerpt.quote);
  });

  it('reads both figures of a whole sentence, and a vague one with no bound', () => {
    const both = select('He said 41 people had been killed and six wounded.');
    expect(typeof both !== 'string' && [both.killed.length, both.wounded.length]).toEqual([1, 1]);
    expect(select('Several wounded men')).toMatchObject({
      wounded: [{ text: 'Several wounded', attribution: 'Reuters' }],
      said: ['Wounded: “Several wounded” (no bound stated)'],
    });
    expect(select('killing as many as 40 people')).toMatchObject({
      killed: [{ text: 'killing as many as 40 people', max: 40 }],
      said: ['Killed: “killing as many as 40 people” (up to 40)'],
    });
  });

  it('refuses figures of two speakers in one selection, since one name is asked for all', () => {
    const from = text.indexOf('killing as many as 40 people');
    const to = text.indexOf('six wounded.') + 'six wounded.'.length;
    const read = figuresInQuote(text, SOURCE, 'Reuters', { offset: from, quote: text.slice(from, to) });
    expect(read).toBe('the selection holds figures given by different people: select one sentence at a time');
  });

  it('refuses words without a figure, and a selection that is not the archived text', () => {
    expect(select('Noureddine Chouchane')).toMatch(/^no killed or wounded figure is in the selected words/);
    expect(figuresInQuote(text, SOURCE, 'Reuters', { offset: 0, quote: 'killing 40 people' })).toBe(
      'the selection is not the archived text at its place',
    );
    expect(figuresInQuote(text, SOURCE, 'Reuters', { offset: 5, quote: '' })).toBe(
      'the selection is not the archived text at its place',
    );
  });
});
