import { describe, expect, it } from 'vitest';
import { buildHistogram } from './histogram';
import { parseIncidents } from '../data/parseIncidents';
import { CATEGORIES } from '../data/vocabulary';
import { toDayNumber } from '../lib/days';
import fixture from '../test/fixtures/incidents.small.json';

const { incidents } = parseIncidents(fixture);
const day = (iso: string) => toDayNumber(iso);
const cat = (name: (typeof CATEGORIES)[number]) => CATEGORIES.indexOf(name);

describe('buildHistogram', () => {
  const h = buildHistogram(incidents, [day('2016-02-01'), day('2016-02-29')]);

  it('counts a single-day incident as a spike on its day', () => {
    expect(h.certain[cat('airstrike')][day('2016-02-19') - h.firstDay]).toBe(1);
    expect(h.certain[cat('airstrike')][day('2016-02-20') - h.firstDay]).toBe(0);
  });

  it('counts a siege on every day it covers', () => {
    const siege = h.certain[cat('siege')];
    expect(Array.from(siege).every((n) => n === 1)).toBe(true);
  });

  it('spreads an incident known only to a span over that span, summing to one', () => {
    const weekly = {
      ...incidents[1],
      id: 'weekly',
      startDay: day('2016-02-08'),
      endDay: day('2016-02-14'),
      feature: {
        ...incidents[1].feature,
        properties: {
          ...incidents[1].feature.properties,
          category: 'diplomacy' as const,
          when: { ...incidents[1].feature.properties.when, precision: 'week' as const },
        },
      },
    };
    const spread = buildHistogram([weekly], [day('2016-02-01'), day('2016-02-29')]).spread[cat('diplomacy')];
    expect(spread[day('2016-02-08') - h.firstDay]).toBeCloseTo(1 / 7);
    expect(Array.from(spread).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it('scales to the tallest day', () => {
    expect(h.max).toBe(2);
  });
});
