import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { incidentFeatureSchema } from '../schema';
import { createIngest } from '../../../scripts/lib/ingestSetup';
import { ANALYST_DATE_BASIS, authoredToIncident, choosePlace, mergeDrafts, placeByHand, setWhen } from './editDraft';

const ID = 'reuters-2016-02-19-tripoli-sabratha-air-strike';
const text = readFileSync(`data/sources/${ID}.txt`, 'utf8');
const drafts = createIngest()({ text, published: '2016-02-19', outlet: 'Reuters' });
const article = { sourceId: 'art-1a2b-article', text };
const placed = drafts.filter((d) => d.where && d.where.candidates.length > 1);
const valid = (feature: unknown) => incidentFeatureSchema.safeParse(feature).success;

describe('correcting a draft before accepting it', () => {
  it('a candidate chosen from the picker becomes the place, with its own gazetteer entry and precision', () => {
    const draft = placed[0];
    expect(draft).toBeDefined();
    const second = draft.where!.candidates[1];
    const chosen = choosePlace(draft, 1);
    expect(chosen.where).toMatchObject({ name: second.name, country: second.country, precision: second.precision });
    const converted = authoredToIncident(chosen, article, 'art-1a2b-x');
    if (!converted.ok) throw new Error(converted.reason);
    expect(converted.feature.geometry.coordinates).toEqual([second.lon, second.lat]);
    expect(converted.feature.properties.where.geocode.ref).toContain(second.source);
  });

  it('a place set on the map is a manual geocode whose ref is the typed basis', () => {
    const manual = placeByHand(drafts[0], {
      lon: 12.5,
      lat: 32.8,
      basis: 'Satellite image of the camp, Qasr Talil',
      precision: 'poi',
      name: 'Qasr Talil',
      country: 'LY',
    });
    if (typeof manual === 'string') throw new Error(manual);
    const converted = authoredToIncident(manual, article, 'art-1a2b-y');
    if (!converted.ok) throw new Error(converted.reason);
    const p = converted.feature.properties;
    expect(converted.feature.geometry.coordinates).toEqual([12.5, 32.8]);
    expect(p.where).toMatchObject({ name: 'Qasr Talil', precision: 'poi' });
    expect(p.where.geocode).toEqual({ source: 'manual', ref: 'Satellite image of the camp, Qasr Talil' });
    expect(valid(converted.feature)).toBe(true);
  });

  it('refuses a hand-placed point without a basis or with a bad country, saying what is missing', () => {
    const place = { lon: 1, lat: 2, basis: ' ', precision: 'city' as const, name: 'X', country: 'LY' };
    expect(placeByHand(drafts[0], place)).toMatch(/basis/);
    expect(placeByHand(drafts[0], { ...place, basis: 'b', country: 'Libya' })).toMatch(/two-letter/);
  });

  it('dates set by hand say the analyst set them; an end before the start is refused', () => {
    const dated = setWhen(drafts[0], { start: '2016-02-18', end: '2016-02-20', precision: 'days' });
    if (typeof dated === 'string') throw new Error(dated);
    expect(dated.when).toMatchObject({
      start: '2016-02-18',
      end: '2016-02-20',
      precision: 'days',
      basis: ANALYST_DATE_BASIS,
    });
    expect(setWhen(drafts[0], { start: '2016-02-18', end: '2016-02-10', precision: 'days' })).toMatch(/before/);
  });

  it('two drafts merge into one with the first one’s fields and every excerpt of both, verbatim', () => {
    const [a, b] = drafts.filter((d) => d.where);
    const merged = mergeDrafts(a, b);
    expect(merged.title).toBe(a.title);
    expect(merged.where).toEqual(a.where);
    const quotes = merged.excerpts.map((e) => e.quote);
    for (const e of [...a.excerpts, ...b.excerpts]) expect(quotes).toContain(e.quote);
    const converted = authoredToIncident(merged, article, 'art-1a2b-z');
    if (!converted.ok) throw new Error(converted.reason);
    for (const e of converted.feature.properties.excerpts)
      expect(text.slice(e.offset, e.offset + e.quote.length)).toBe(e.quote);
  });
});
