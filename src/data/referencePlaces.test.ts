import { describe, expect, it } from 'vitest';
import { readReferencePlaces } from './referencePlaces';
import referencePlaces from '../../data/reference-places.json';

describe('readReferencePlaces', () => {
  it('reads the bundled file: Basra, with its coordinates and gazetteer reference', () => {
    expect(readReferencePlaces(referencePlaces.places)['IQ|Basra']).toEqual({
      name: 'Al Başrah',
      lngLat: [47.81, 30.515],
      ref: 'simplemaps:1368714645',
    });
  });

  it('skips entries of the wrong shape and keeps the rest', () => {
    const places = readReferencePlaces({
      good: { name: 'A', lngLat: [1, 2], ref: 'r' },
      noRef: { name: 'B', lngLat: [1, 2] },
      textCoordinates: { name: 'C', lngLat: ['1', 2], ref: 'r' },
      threeNumbers: { name: 'D', lngLat: [1, 2, 3], ref: 'r' },
      notANumber: { name: 'E', lngLat: [Number.NaN, 2], ref: 'r' },
      nothing: null,
    });
    expect(Object.keys(places)).toEqual(['good']);
  });

  it('gives no places for a file that is not an object', () => {
    expect(readReferencePlaces('broken')).toEqual({});
    expect(readReferencePlaces(null)).toEqual({});
  });
});
