/**
 * Offline geocoding against a gazetteer: exact aliases first, then exact names, then
 * transliteration skeletons. Ambiguity is reported, never guessed.
 */
import { exactKey, skeletonKey } from './placeKey';

export interface GazetteerPlace {
  id: string;
  name: string;
  country: string;
  lngLat: [number, number];
  population: number;
  source: 'simplemaps' | 'gazetteer';
  /** For hand-entered places: where the coordinate comes from. */
  citation?: string;
}

export type GeocodeResult =
  | { status: 'found'; place: GazetteerPlace; matchedBy: 'alias' | 'name' | 'variant' }
  | { status: 'ambiguous'; candidates: GazetteerPlace[] }
  | { status: 'not-found' };

export interface Gazetteer {
  lookup(name: string, country: string): GeocodeResult;
}

/** A place is taken over other matches only if it is this many times larger. */
const DOMINANCE = 10;

export function createGazetteer(places: GazetteerPlace[], aliases: Record<string, string> = {}): Gazetteer {
  const byId = new Map(places.map((p) => [p.id, p]));
  const byExact = groupBy(places, (p) => `${p.country}|${exactKey(p.name)}`);
  const bySkeleton = groupBy(places, (p) => `${p.country}|${skeletonKey(p.name)}`);
  const aliasByKey = new Map(Object.entries(aliases).map(([alias, id]) => [exactKey(alias), id]));

  return {
    lookup(name, country) {
      const aliasId = aliasByKey.get(exactKey(name));
      const aliased = aliasId ? byId.get(aliasId) : undefined;
      if (aliased && aliased.country === country) return { status: 'found', place: aliased, matchedBy: 'alias' };
      const exact = pick(byExact.get(`${country}|${exactKey(name)}`));
      if (exact.status !== 'not-found') return exact.status === 'found' ? { ...exact, matchedBy: 'name' } : exact;
      const variant = pick(bySkeleton.get(`${country}|${skeletonKey(name)}`));
      return variant.status === 'found' ? { ...variant, matchedBy: 'variant' } : variant;
    },
  };
}

type Pick =
  | { status: 'found'; place: GazetteerPlace }
  | { status: 'ambiguous'; candidates: GazetteerPlace[] }
  | { status: 'not-found' };

function pick(candidates: GazetteerPlace[] | undefined): Pick {
  if (!candidates || candidates.length === 0) return { status: 'not-found' };
  const sorted = [...candidates].sort((a, b) => b.population - a.population);
  if (sorted.length === 1 || sorted[0].population >= DOMINANCE * Math.max(1, sorted[1].population)) {
    return { status: 'found', place: sorted[0] };
  }
  return { status: 'ambiguous', candidates: sorted };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
