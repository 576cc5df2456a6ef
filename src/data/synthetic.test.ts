import { describe, expect, it } from 'vitest';
import { generateSynthetic, SYNTH_FIRST_DAY } from './synthetic';
import { CATEGORIES, DATE_PRECISIONS, LOCATION_PRECISIONS } from './vocabulary';
import { toDayNumber } from '../lib/days';

const places = [
  { name: 'Big', country: 'LY', lngLat: [13, 32] as [number, number], population: 4_000_000 },
  { name: 'Small', country: 'SY', lngLat: [37, 36] as [number, number], population: 40_000 },
];

describe('synthetic incidents', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(generateSynthetic(200, 1, places)).toEqual(generateSynthetic(200, 1, places));
    expect(generateSynthetic(200, 2, places)).not.toEqual(generateSynthetic(200, 1, places));
  });

  it('cluster around bigger places, cover a year, and use every category and precision', () => {
    const items = generateSynthetic(5000, 7, places);
    const big = items.filter((i) => i.place.name === 'Big').length;
    expect(big / items.length).toBeGreaterThan(0.85); // √4,000,000 : √40,000 = 10 : 1
    expect(SYNTH_FIRST_DAY).toBe(toDayNumber('2016-01-01'));
    expect(Math.min(...items.map((i) => i.startDay))).toBeLessThan(SYNTH_FIRST_DAY + 10);
    expect(Math.max(...items.map((i) => i.startDay))).toBeGreaterThan(SYNTH_FIRST_DAY + 355);
    expect(new Set(items.map((i) => i.category)).size).toBe(CATEGORIES.length);
    expect(new Set(items.map((i) => i.datePrecision)).size).toBe(DATE_PRECISIONS.length);
    expect(new Set(items.map((i) => i.precision)).size).toBe(LOCATION_PRECISIONS.length);
    for (const i of items) expect(i.endDay).toBeGreaterThanOrEqual(i.startDay);
    const spread = items
      .filter((i) => i.place.name === 'Big')
      .map((i) => Math.hypot(i.lngLat[0] - 13, i.lngLat[1] - 32));
    expect(spread.filter((d) => d < 1.2).length / spread.length).toBeGreaterThan(0.9);
  });
});
