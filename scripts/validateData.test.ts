import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from './lib/validateDataset';

const broken = (name: string) => validateDataset(join(__dirname, 'fixtures', 'broken', name));

describe('validate-data', () => {
  it('passes the bundled dataset with at least 35 incidents', () => {
    const { count, problems } = validateDataset(join(__dirname, '..', 'data'));
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThanOrEqual(35);
  });

  it.each([
    ['schema', 'sabratha-us-airstrike-qasr-talil', 'properties.category', /must be one of/],
    ['schema', 'khanaser-seized-by-is', 'properties.title', /is missing/],
    ['duplicate-id', 'sabratha-us-airstrike-qasr-talil', 'properties.id', /duplicates the id/],
    ['excerpt-not-verbatim', 'sabratha-us-airstrike-qasr-talil', 'excerpts[0].offset', /not found verbatim/],
    ['excerpt-offset', 'sabratha-us-airstrike-qasr-talil', 'excerpts[0].offset', /at offset \d+, not \d+/],
    ['outside-country', 'khanaser-seized-by-is', 'geometry.coordinates', /km outside SY/],
    ['starts-after-report', 'khanaser-seized-by-is', 'when.start', /after its report date/],
    ['unknown-actor', 'sabratha-us-airstrike-qasr-talil', 'actors[0].actor', /unknown actor "isis-typo"/],
    ['report-date', 'sabratha-us-airstrike-qasr-talil', 'reported', /earliest source was published 2016-02-19/],
    ['source-hash', 'reuters-2016-02-23-beirut-aleppo-road', 'sources.json sha256', /archived text was changed/],
    ['provenance-quoted', 'sabratha-us-airstrike-qasr-talil', 'provenance', /must be "verbatim"/],
    ['malformed-json', '(file)', 'incidents.geojson', /not valid JSON/],
  ])('fails the %s fixture on %s %s', (fixture, id, field, reason) => {
    const { problems } = broken(fixture);
    expect(problems).toContainEqual({ id, field, reason: expect.stringMatching(reason) });
  });
});
