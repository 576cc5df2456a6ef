import { describe, expect, it } from 'vitest';
import type { Countries } from './countries';
import { checkPointInCountry, countryAnchor, kmBetween } from './countries';

// Two square "countries" side by side at the equator, 1 degree (about 111 km) wide.
const countries: Countries = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { iso2: 'AA', name: 'A' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { iso2: 'BB', name: 'B' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [1, 0],
            [2, 0],
            [2, 1],
            [1, 1],
            [1, 0],
          ],
        ],
      },
    },
  ],
};

describe('checkPointInCountry', () => {
  it('accepts a point inside its country', () => {
    expect(checkPointInCountry(countries, [0.5, 0.5], 'AA').status).toBe('inside');
  });
  it('flags a point in the neighbouring country with its distance', () => {
    const result = checkPointInCountry(countries, [1.8, 0.5], 'AA');
    expect(result.status).toBe('outside');
    expect(result.status === 'outside' && Math.round(result.km)).toBe(89);
  });
  it('lets a point just off the coast through as near', () => {
    expect(checkPointInCountry(countries, [-0.05, 0.5], 'AA').status).toBe('near');
  });
  it('reports a country it does not know', () => {
    expect(checkPointInCountry(countries, [0.5, 0.5], 'ZZ').status).toBe('unknown-country');
  });
});

describe('countryAnchor', () => {
  it('anchors inside the country', () => {
    expect(countryAnchor(countries, 'BB')).toEqual([1.5, 0.5]);
  });
});

describe('kmBetween', () => {
  it('measures one degree of latitude as about 111 km', () => {
    expect(kmBetween([0, 0], [0, 1])).toBeCloseTo(111.2, 0);
  });
});
