import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIncidents } from './parseIncidents';
import { actorCatalogSchema } from './sourceCatalog';
import { buildSearchIndex, findActors, lazySearchIndex, matchesQuery } from './search';

const { incidents } = parseIncidents(JSON.parse(readFileSync('data/incidents.geojson', 'utf8')));
const actorList = actorCatalogSchema.parse(JSON.parse(readFileSync('data/actors.json', 'utf8'))).actors;
const actors = new Map(actorList.map((a) => [a.id, a]));
const index = buildSearchIndex(incidents, actors);
const search = (q: string) => incidents.filter((_, i) => matchesQuery(index[i], q)).map((i) => i.id);
const involvesIS = (id: string) =>
  incidents.find((i) => i.id === id)!.feature.properties.actors.some((a) => a.actor === 'islamic-state');

describe('search', () => {
  it('finds Islamic State incidents by the alias "Daesh", which no article uses', () => {
    const found = search('Daesh');
    expect(found.length).toBeGreaterThan(10);
    expect(found.every(involvesIS)).toBe(true);
    expect(found).toContain('khanaser-seized-by-is');
  });

  it('finds a place under another transliteration', () => {
    expect(search('Dayr az Zawr')).toEqual(
      expect.arrayContaining(['deir-al-zor-siege', 'deir-al-zor-un-airdrops-planned']),
    );
    expect(search('Khanasir')).toContain('khanaser-seized-by-is');
  });

  it('searches titles and excerpts, ignoring case, accents and curly apostrophes', () => {
    expect(search('qasr talil')).toContain('sabratha-us-airstrike-qasr-talil');
    expect(search('radioactive')).toEqual(
      expect.arrayContaining(['zubair-radioactive-device-found', 'basra-radioactive-device-theft']),
    );
    expect(search('city’s Qasr')).toContain('sabratha-us-airstrike-qasr-talil');
  });

  it('requires every word', () => {
    expect(search('Sabratha strike').every((id) => id.startsWith('sabratha'))).toBe(true);
    expect(search('Sabratha zzzz')).toEqual([]);
  });

  it('matches everything for an empty query', () => {
    expect(search('  ')).toHaveLength(incidents.length);
  });
});

describe('findActors', () => {
  it('finds the canonical actor by any alias', () => {
    expect(findActors(actorList, 'daesh').map((f) => [f.actor.name, f.matched])).toEqual([['Islamic State', 'Daesh']]);
    expect(findActors(actorList, 'RAF').map((f) => f.actor.name)).toContain('United Kingdom');
  });

  it('builds the lazy index on the first search, not when the data loads, and finds the same', () => {
    let reads = 0;
    const counted = incidents.map((incident) => ({
      ...incident,
      get feature() {
        reads++;
        return incident.feature;
      },
    }));
    const lazy = lazySearchIndex(counted, actors);
    expect(reads).toBe(0);
    const found = incidents.filter((_, i) => matchesQuery(lazy.entry(i), 'Daesh')).map((i) => i.id);
    expect(found).toEqual(search('Daesh'));
    expect(reads).toBe(incidents.length);
  });
});
