import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractDrafts';
import { createPlaceFinderStandIn } from './placesStandIn';

const findPlaces = createPlaceFinderStandIn({
  places: [
    {
      id: 't:sabratha',
      name: 'Sabratha',
      country: 'LY',
      lngLat: [12.48, 32.79],
      population: 100_000,
      source: 'gazetteer',
    },
    {
      id: 't:tripoli',
      name: 'Tripoli',
      country: 'LY',
      lngLat: [13.18, 32.89],
      population: 1_000_000,
      source: 'simplemaps',
    },
    { id: 't:derna', name: 'Derna', country: 'LY', lngLat: [22.64, 32.76], population: 100_000, source: 'simplemaps' },
  ],
  aliases: {},
  countries: [{ iso2: 'LY', names: ['Libya'], lngLat: [17, 27] }],
});
const extract = createExtractor({
  findPlaces,
  actors: [{ id: 'islamic-state', name: 'Islamic State', aliases: ['IS', 'ISIL', 'Daesh'] }],
});

const ARTICLE = [
  'U.S. strikes Islamic State in Libya',
  '',
  'TRIPOLI (Reuters) – U.S. warplanes carried out air strikes on a Daesh camp in Sabratha on Friday, killing as many as 40 people.',
  '',
  'The mayor said the planes hit a building in Sabratha. He said 41 people had been killed.',
  '',
  'Last November the United States carried out an air strike on the town of Derna.',
  '',
  'Since Gaddafi was overthrown in 2011, Libya has slipped deeper into chaos, with air strikes by NATO.',
].join('\n');

describe('article → drafts', () => {
  const drafts = extract({ text: ARTICLE, published: '2016-02-19', outlet: 'Reuters' });

  it('drafts one event per place and time; restatements add excerpts', () => {
    expect(drafts.map((d) => [d.category, d.where?.name, d.when.start])).toEqual([
      ['airstrike', 'Sabratha', '2016-02-19'],
      ['airstrike', 'Derna', '2015-11-01'],
      ['airstrike', 'Libya', '2011-01-01'],
    ]);
    expect(drafts[0].excerpts).toHaveLength(3); // the sentence and two restatements (the headline says only "strikes")
  });
  it('every excerpt and every evidence span is a verbatim slice of the input', () => {
    for (const d of drafts) {
      for (const e of d.excerpts) expect(ARTICLE.slice(e.offset, e.offset + e.quote.length)).toBe(e.quote);
      if (d.where) expect(ARTICLE.slice(d.where.evidence.start, d.where.evidence.end)).toBe(d.where.asWritten);
      for (const t of d.categoryTriggers) expect(ARTICLE.slice(t.start, t.end)).toBe(t.words);
      for (const a of d.actors) expect(ARTICLE.slice(a.evidence.start, a.evidence.end)).toBe(a.asWritten);
      for (const f of [...(d.casualties.killed ?? []), ...(d.casualties.wounded ?? [])]) {
        expect(ARTICLE.slice(f.evidence.start, f.evidence.end)).toBe(f.text);
      }
    }
  });
  it('resolves aliases to the actor table and keeps casualty figures with attribution', () => {
    expect(drafts[0].actors.map((a) => a.actor)).toContain('islamic-state');
    expect(drafts[0].casualties.killed?.map((f) => [f.max, f.min, f.attribution])).toEqual([
      [40, undefined, 'Reuters'],
      [41, 41, 'He'],
    ]);
  });
  it('marks an event years before publication as background', () => {
    expect(drafts.map((d) => d.background)).toEqual([false, false, true]);
  });
  it('keeps the date basis in words', () => {
    expect(drafts[0].when.basis).toBe("'on Friday' in an article of Friday 19 Feb 2016: 19 Feb 2016");
  });
});
