import { afterEach, describe, expect, it, vi } from 'vitest';
import { dateBounds, dateOutOfBounds } from './dateBounds';
import { incidentFeatureSchema } from './schema';
import { parseIncidents } from './parseIncidents';
import fixture from '../test/fixtures/incidents.small.json';

const TODAY = new Date('2026-07-15T12:00:00Z');

describe('the years the atlas accepts', () => {
  it('runs from 1 January 1000 to ten years from today, computed from the day it is asked', () => {
    expect(dateBounds(TODAY)).toEqual({ earliest: '1000-01-01', latest: '2036-07-15' });
    expect(dateBounds(new Date('2031-01-01T00:00:00Z'))).toEqual({ earliest: '1000-01-01', latest: '2041-01-01' });
    // 29 February ten years on is not a day: the bound is the last day of that February.
    expect(dateBounds(new Date('2028-02-29T00:00:00Z')).latest).toBe('2038-02-28');
  });

  it('says why a date is out, naming the date and the bound', () => {
    const bounds = dateBounds(TODAY);
    expect(dateOutOfBounds('0000-01-01', bounds)).toBe(
      '0000-01-01 is before the year 1000, the earliest this atlas accepts',
    );
    expect(dateOutOfBounds('0999-12-31', bounds)).toMatch(/^0999-12-31 is before the year 1000/);
    expect(dateOutOfBounds('9999-12-31', bounds)).toBe(
      '9999-12-31 is after 2036-07-15, ten years from today, the latest this atlas accepts',
    );
    for (const ok of ['1000-01-01', '1700-06-01', '2016-02-19', '2036-07-15'])
      expect(dateOutOfBounds(ok, bounds)).toBeNull();
  });
});

describe('the schema holds every date field to the bounds (the bundled data and imports alike)', () => {
  afterEach(() => vi.useRealTimers());
  const feature = fixture.features[0];
  const withDates = (when: Record<string, string>, reported?: string) => ({
    ...feature,
    properties: {
      ...feature.properties,
      when: { ...feature.properties.when, ...when },
      ...(reported ? { reported } : {}),
    },
  });
  const issues = (candidate: unknown) => {
    const result = incidentFeatureSchema.safeParse(candidate);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('refuses a start, an end or a report date out of bounds, with the reason', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(TODAY);
    expect(issues(withDates({ start: '0000-01-01' }))).toEqual([
      'properties.when.start: 0000-01-01 is before the year 1000, the earliest this atlas accepts',
    ]);
    expect(issues(withDates({ end: '9999-12-31' }))).toEqual([
      'properties.when.end: 9999-12-31 is after 2036-07-15, ten years from today, the latest this atlas accepts',
    ]);
    expect(issues(withDates({}, '0999-12-31'))).toEqual([
      'properties.reported: 0999-12-31 is before the year 1000, the earliest this atlas accepts',
    ]);
    expect(issues(withDates({ start: '1000-01-01', end: '2036-07-15' }, '1000-01-01'))).toEqual([]);
  });

  it('moves the latest day with the clock', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    expect(issues(withDates({ start: '2039-06-01', end: '2039-06-02' }, '2039-06-01'))).toEqual([]);
  });

  it('rejects such a feature of a dataset file by number, id and field', () => {
    const { incidents, rejected } = parseIncidents({ ...fixture, features: [withDates({ start: '0000-01-01' })] });
    expect(incidents).toEqual([]);
    expect(rejected).toEqual([
      {
        number: 1,
        id: feature.properties.id,
        field: 'properties.when.start',
        reason: '0000-01-01 is before the year 1000, the earliest this atlas accepts',
      },
    ]);
  });
});
