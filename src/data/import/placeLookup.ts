/**
 * Place names in imported rows, geocoded offline against the basemap's places (SimpleMaps, pop
 * ≥ 100,000 or capital) and the project gazetteer. With a country the project geocoder decides;
 * without one, a name must point to one place or to one that dwarfs the others.
 */
import { createGazetteer, type Gazetteer, type GazetteerPlace, type GeocodeResult } from '../geocoder';
import { exactKey, skeletonKey } from '../placeKey';

export interface PlaceLookup {
  find(name: string, country?: string): GeocodeResult;
}

const DOMINANCE = 10;

export function createPlaceLookup(places: GazetteerPlace[], aliases: Record<string, string> = {}): PlaceLookup {
  const gazetteer: Gazetteer = createGazetteer(places, aliases);
  const byKey = new Map<string, GazetteerPlace[]>();
  const add = (key: string, place: GazetteerPlace) => {
    const list = byKey.get(key) ?? [];
    if (!list.includes(place)) list.push(place);
    byKey.set(key, list);
  };
  for (const place of places) {
    add(`e|${exactKey(place.name)}`, place);
    add(`s|${skeletonKey(place.name)}`, place);
  }
  const byId = new Map(places.map((p) => [p.id, p]));
  for (const [alias, id] of Object.entries(aliases)) {
    const place = byId.get(id);
    if (place) add(`e|${exactKey(alias)}`, place);
  }
  return {
    find(name, country) {
      if (country) return gazetteer.lookup(name, country.toUpperCase());
      const candidates = byKey.get(`e|${exactKey(name)}`) ?? byKey.get(`s|${skeletonKey(name)}`) ?? [];
      if (candidates.length === 0) return { status: 'not-found' };
      const sorted = [...candidates].sort((a, b) => b.population - a.population);
      if (sorted.length === 1 || sorted[0].population >= DOMINANCE * Math.max(1, sorted[1].population)) {
        return { status: 'found', place: sorted[0], matchedBy: 'name' };
      }
      return { status: 'ambiguous', candidates: sorted };
    },
  };
}

/** The basemap's places.geojson features as gazetteer places. */
export function placesFromBasemap(
  features: Array<{ properties: Record<string, unknown>; geometry: { coordinates: number[] } }>,
): GazetteerPlace[] {
  return features
    .filter((f) => typeof f.properties.iso2 === 'string' && typeof f.properties.name === 'string')
    .map((f) => ({
      id: String(f.properties.id ?? `basemap:${f.properties.name}`),
      name: String(f.properties.name),
      country: String(f.properties.iso2),
      lngLat: [f.geometry.coordinates[0], f.geometry.coordinates[1]] as [number, number],
      population: Number(f.properties.pop) || 0,
      source: 'simplemaps' as const,
    }));
}
