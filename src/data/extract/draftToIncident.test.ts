import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { incidentFeatureSchema } from '../schema';
import { createIngest } from '../../../scripts/lib/ingestSetup';
import { draftToIncident, geocodeOf } from './draftToIncident';

const ID = 'reuters-2016-02-19-tripoli-sabratha-air-strike';
const text = readFileSync(`data/sources/${ID}.txt`, 'utf8');
const drafts = createIngest()({ text, published: '2016-02-19', outlet: 'Reuters' });
const article = { sourceId: 'art-1a2b-article', text };

describe('an accepted draft becomes an incident that passes the schema and cites the archived article', () => {
  it('turns every placed draft of the Sabratha article into a valid incident with verbatim excerpts', () => {
    const placed = drafts.filter((d) => d.where);
    expect(placed.length).toBeGreaterThan(0);
    for (const draft of placed) {
      const converted = draftToIncident(draft, article, `art-1a2b-${draft.id}`);
      if (!converted.ok) throw new Error(`${draft.id}: ${converted.reason}`);
      const parsed = incidentFeatureSchema.safeParse(converted.feature);
      expect(parsed.success, `${draft.id}: ${JSON.stringify(parsed.error?.issues[0])}`).toBe(true);
      for (const e of converted.feature.properties.excerpts) {
        expect(e.source).toBe('art-1a2b-article');
        expect(text.slice(e.offset, e.offset + e.quote.length)).toBe(e.quote);
      }
    }
  });

  it('keeps the air strike at Sabratha on 19 Feb 2016 with its gazetteer entry and figures', () => {
    const strike = drafts.find(
      (d) => d.category === 'airstrike' && d.where?.candidates[0].source === 'simplemaps:1434908655',
    );
    expect(strike).toBeDefined();
    const converted = draftToIncident(strike!, article, 'art-1a2b-strike');
    if (!converted.ok) throw new Error(converted.reason);
    const p = converted.feature.properties;
    expect(p.when.start).toBe('2016-02-19');
    expect(p.where.geocode.source).toBe('simplemaps');
    expect(p.casualties?.killed?.[0].source).toBe('art-1a2b-article');
  });

  it('refuses a draft without a place, and one whose excerpts are not in the text, saying why', () => {
    const draft = drafts[0];
    expect(draftToIncident({ ...draft, where: null }, article, 'x')).toEqual({
      ok: false,
      reason: 'it has no place the gazetteer knows: place it first',
    });
    const moved = { ...draft, excerpts: draft.excerpts.map((e) => ({ ...e, offset: e.offset + 1 })) };
    expect(draftToIncident(moved, article, 'x')).toMatchObject({ ok: false });
  });

  it.each([
    ['simplemaps:1434908655', 'simplemaps'],
    ['geonames:2210247', 'gazetteer'],
    ['naturalearth:LY', 'naturalearth'],
    ['gazetteer:ras-lanuf', 'gazetteer'],
  ])('records %s as a %s geocode', (source, kind) => expect(geocodeOf(source).source).toBe(kind));
});
