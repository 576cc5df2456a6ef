/**
 * Free-text search over incidents: titles, place names in every variant (as written, canonical,
 * and by transliteration skeleton, so "Dayr az Zawr" finds Deir al-Zor), actors under every
 * alias (so "Daesh" finds Islamic State), and the excerpts. Built once per dataset, on its first search.
 */
import type { Incident } from './parseIncidents';
import type { Actor } from './sourceCatalog';
import { plainWords, skeletonKey } from './placeKey';

export interface SearchEntry {
  /** Plain lower-case words of everything searchable, space-joined with spaces at both ends. */
  text: string;
  /** Transliteration skeletons of the place names. */
  places: string[];
}

const plain = (s: string) => ` ${plainWords(s).join(' ')} `;

export function actorTerms(actor: Actor): string[] {
  return [actor.name, ...actor.aliases];
}

export function buildSearchIndex(incidents: Incident[], actors: ReadonlyMap<string, Actor>): SearchEntry[] {
  return incidents.map((incident) => {
    const p = incident.feature.properties;
    const actorWords = p.actors.flatMap((a) => {
      const actor = actors.get(a.actor);
      return actor ? actorTerms(actor) : [a.actor];
    });
    const placeNames = [p.where.name, p.where.asWritten];
    const text = [p.title, ...placeNames, ...actorWords, ...p.excerpts.map((e) => e.quote)].map(plain).join('');
    return { text, places: placeNames.map(skeletonKey).filter(Boolean) };
  });
}

/** The search index of a dataset, built on the first search rather than when the data loads (100,000 restored incidents took about half a second to index). */
export interface LazySearchIndex {
  entry(index: number): SearchEntry;
}

export function lazySearchIndex(incidents: Incident[], actors: ReadonlyMap<string, Actor>): LazySearchIndex {
  let entries: SearchEntry[] | null = null;
  return { entry: (index) => (entries ??= buildSearchIndex(incidents, actors))[index] };
}

/** Does the entry match every word of the query (word prefixes), or the query as a place-name variant? */
export function matchesQuery(entry: SearchEntry, query: string): boolean {
  const words = plainWords(query);
  if (words.length === 0) return true;
  if (words.every((w) => entry.text.includes(` ${w}`))) return true;
  const skeleton = skeletonKey(query);
  return skeleton.length >= 2 && entry.places.some((place) => ` ${place} `.includes(` ${skeleton} `));
}

/** Actors whose name or any alias contains the query, with the alias that matched. */
export function findActors(actors: Iterable<Actor>, query: string): Array<{ actor: Actor; matched: string }> {
  const q = plainWords(query).join(' ');
  const found: Array<{ actor: Actor; matched: string }> = [];
  for (const actor of actors) {
    const term = actorTerms(actor).find((t) => plainWords(t).join(' ').includes(q));
    if (term !== undefined) found.push({ actor, matched: term });
  }
  return found;
}
