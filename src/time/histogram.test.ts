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

describe('the histogram over a long drawn span', () => {
  const bytes = (h: ReturnType<typeof buildHistogram>) =>
    [...h.certain, ...h.spread].reduce((n, a) => n + a.byteLength, 0) + h.edges.byteLength;
  const at = (iso: string, category: (typeof CATEGORIES)[number] = 'attack') => ({
    ...incidents[1],
    id: iso,
    startDay: day(iso),
    endDay: day(iso),
    feature: { ...incidents[1].feature, properties: { ...incidents[1].feature.properties, category } },
  });

  it.each([
    ['2015-01-01', '2016-03-01', 'day'],
    ['2000-01-01', '2016-12-31', 'week'],
    ['1950-01-01', '2016-12-31', 'month'],
    ['1700-05-31', '2016-03-01', 'year'],
    ['1000-01-01', '2036-12-31', 'year'],
    ['0000-01-01', '9999-12-31', 'decade'],
  ] as const)('draws %s to %s in bars of a %s', (from, to, unit) => {
    expect(buildHistogram([], [day(from), day(to)]).unit).toBe(unit);
  });

  it('keeps its arrays small for any span: 1000–2036 (and even 0000–9999) in under 100 kB, not tens of megabytes', () => {
    expect(bytes(buildHistogram([], [day('1000-01-01'), day('2036-12-31')]))).toBeLessThan(100_000);
    expect(bytes(buildHistogram([], [day('0000-01-01'), day('9999-12-31')]))).toBeLessThan(100_000);
  });

  it('puts bars on calendar years, clipped to the span, and counts each incident in the bar of its date', () => {
    const h = buildHistogram(
      [at('1700-06-01'), at('2016-02-19'), at('2016-02-23', 'airstrike')],
      [day('1700-05-31'), day('2016-03-01')],
    );
    expect(h.edges[0]).toBe(day('1700-05-31'));
    expect(h.edges[1]).toBe(day('1701-01-01'));
    expect(h.edges[h.bins]).toBe(day('2016-03-02'));
    expect(h.bins).toBe(2016 - 1700 + 1);
    expect(h.certain[cat('attack')][0]).toBe(1);
    expect(h.certain[cat('attack')][h.bins - 1]).toBe(1);
    expect(h.certain[cat('airstrike')][h.bins - 1]).toBe(1);
    expect(h.max).toBe(2);
  });

  it('counts a duration once in every bar it covers, and spreads an imprecise date over its bars, summing to one', () => {
    const siege = { ...at('2001-01-01', 'siege'), endDay: day('2003-06-30') };
    const month = {
      ...at('2010-01-20', 'diplomacy'),
      startDay: day('2009-12-01'),
      endDay: day('2010-01-31'),
      feature: {
        ...incidents[1].feature,
        properties: {
          ...incidents[1].feature.properties,
          category: 'diplomacy' as const,
          when: { ...incidents[1].feature.properties.when, precision: 'month' as const },
        },
      },
    };
    const h = buildHistogram([siege, month], [day('1700-01-01'), day('2016-12-31')]);
    const bar = (year: number) => year - 1700;
    expect([2000, 2001, 2002, 2003, 2004].map((y) => h.certain[cat('siege')][bar(y)])).toEqual([0, 1, 1, 1, 0]);
    expect(h.spread[cat('diplomacy')][bar(2009)]).toBeCloseTo(31 / 62);
    expect(Array.from(h.spread[cat('diplomacy')]).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it('starts week bars on Mondays', () => {
    const h = buildHistogram([], [day('2000-01-01'), day('2016-12-31')]);
    expect(new Date(h.edges[1] * 86_400_000).getUTCDay()).toBe(1);
    expect(h.edges[2] - h.edges[1]).toBe(7);
  });
});
