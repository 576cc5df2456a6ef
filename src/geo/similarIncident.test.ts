import { describe, expect, it } from 'vitest';
import type { Incident } from '../data/incidentList';
import type { IncidentFeature } from '../data/schema';
import { daysBetween, findSimilarIncident, type Candidate } from './similarIncident';

function incident(
  id: string,
  lngLat: [number, number],
  day: number,
  actors: string[],
  category = 'airstrike',
): Incident {
  const feature = {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: lngLat },
    properties: { id, category, actors: actors.map((actor) => ({ actor, role: 'perpetrator' })) },
  } as unknown as IncidentFeature;
  return { index: 0, id, lngLat, startDay: day, endDay: day, feature };
}

// Sabratha; 0.05° of latitude is about 5.6 km, 0.1° about 11 km.
const SABRATHA: [number, number] = [12.4512, 32.7922];
const draft: Candidate = {
  category: 'airstrike',
  lngLat: SABRATHA,
  startDay: 100,
  endDay: 100,
  actors: ['united-states'],
};

describe('a new incident that looks like one already in the atlas', () => {
  it('matches the same category within 10 km and 2 days sharing an actor, and says why', () => {
    const match = findSimilarIncident(draft, [
      incident('a', [12.4512, 32.8422], 102, ['islamic-state', 'united-states']),
    ]);
    expect(match?.incident.id).toBe('a');
    expect(match?.km).toBeCloseTo(5.56, 1);
    expect(match?.daysApart).toBe(2);
    expect(match?.sharedActors).toEqual(['united-states']);
  });

  it('does not match another category, 11 km away, 3 days apart, or without a shared actor', () => {
    const none = [
      incident('category', SABRATHA, 100, ['united-states'], 'attack'),
      incident('far', [12.4512, 32.8922], 100, ['united-states']),
      incident('late', SABRATHA, 103, ['united-states']),
      incident('actors', SABRATHA, 100, ['islamic-state']),
    ];
    expect(findSimilarIncident(draft, none)).toBeNull();
  });

  it('prefers the nearest match and leaves out what the caller skips (the article’s own incidents)', () => {
    const near = incident('near', SABRATHA, 100, ['united-states']);
    const further = incident('further', [12.4512, 32.8422], 100, ['united-states']);
    expect(findSimilarIncident(draft, [further, near])?.incident.id).toBe('near');
    expect(findSimilarIncident(draft, [further, near], (i) => i.id === 'near')?.incident.id).toBe('further');
  });

  it('counts the days between date ranges, 0 when they overlap', () => {
    expect(daysBetween([10, 12], [11, 20])).toBe(0);
    expect(daysBetween([10, 12], [14, 20])).toBe(2);
    expect(daysBetween([14, 20], [10, 12])).toBe(2);
  });
});
