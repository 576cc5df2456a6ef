import { describe, expect, it } from 'vitest';
import { createGazetteer, type GazetteerPlace } from './geocoder';

const place = (id: string, name: string, country: string, population: number): GazetteerPlace => ({
  id,
  name,
  country,
  population,
  lngLat: [0, 0],
  source: 'simplemaps',
});

const gazetteer = createGazetteer(
  [
    place('surt', 'Surt', 'LY', 76788),
    place('dayr', 'Dayr az Zawr', 'SY', 271800),
    place('zubayr', 'Az Zubayr', 'IQ', 370000),
    place('tripoli-ly', 'Tripoli', 'LY', 1293016),
    place('hamra-a', 'Al Hamra', 'SY', 5000),
    place('hamra-b', 'Hamra', 'SY', 4000),
    place('khanasir', 'Khanasir', 'SY', 2397),
  ],
  { 'Khanaser village': 'khanasir' },
);

describe('createGazetteer', () => {
  it.each([
    ['Sirte', 'LY', 'surt'],
    ['Deir al-Zor', 'SY', 'dayr'],
    ['Deir ez-Zor', 'SY', 'dayr'],
    ['Zubair', 'IQ', 'zubayr'],
    ['Khanaser', 'SY', 'khanasir'],
  ])('finds %s (%s) through its transliteration variant', (name, country, id) => {
    const found = gazetteer.lookup(name, country);
    expect(found.status).toBe('found');
    expect(found.status === 'found' && found.place.id).toBe(id);
  });

  it('uses aliases before names', () => {
    const found = gazetteer.lookup('Khanaser Village', 'SY');
    expect(found.status === 'found' && found.matchedBy).toBe('alias');
  });

  it('keeps to the named country', () => {
    expect(gazetteer.lookup('Tripoli', 'LB').status).toBe('not-found');
  });

  it('reports names that match places of similar size instead of guessing', () => {
    const result = gazetteer.lookup('Hamra', 'SY');
    expect(result.status).toBe('ambiguous');
    expect(result.status === 'ambiguous' && result.candidates.map((c) => c.id)).toEqual(['hamra-a', 'hamra-b']);
  });
});
