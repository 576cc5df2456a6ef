/** Validate a dataset folder laid out like data/: incidents.geojson, sources.json, sources/*.txt, actors.json. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIncidents } from '../../src/data/parseIncidents';
import { checkIncident, checkSources, type Problem } from '../../src/data/checkProvenance';
import { checkPointInCountry, type Countries } from '../../src/geo/countries';
import { loadCountries } from './loadCountries';

interface Catalog {
  sources: Array<{ id: string; published: { date: string }; sha256: string }>;
}

let countriesCache: Countries | undefined;

/** Read `name` from `dir`, falling back to the bundled data folder (fixtures override only what they break). */
function readData(dir: string, name: string, fallbackDir: string): string {
  const own = join(dir, name);
  return readFileSync(existsSync(own) ? own : join(fallbackDir, name), 'utf8');
}

export function validateDataset(
  dir: string,
  fallbackDir = join(process.cwd(), 'data'),
): { count: number; problems: Problem[] } {
  countriesCache ??= loadCountries();
  const countries = countriesCache;
  let json: unknown;
  try {
    json = JSON.parse(readData(dir, 'incidents.geojson', fallbackDir));
  } catch (error) {
    return {
      count: 0,
      problems: [
        { id: '(file)', field: 'incidents.geojson', reason: `is not valid JSON: ${(error as Error).message}` },
      ],
    };
  }
  const parsed = parseIncidents(json);
  const catalog = JSON.parse(readData(dir, 'sources.json', fallbackDir)) as Catalog;
  const actors = JSON.parse(readData(dir, 'actors.json', fallbackDir)) as { actors: Array<{ id: string }> };
  const texts = new Map<string, string | undefined>();
  const hashes = new Map<string, string>();
  for (const source of catalog.sources) {
    const own = join(dir, 'sources', `${source.id}.txt`);
    const path = existsSync(own) ? own : join(fallbackDir, 'sources', `${source.id}.txt`);
    const text = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    texts.set(source.id, text);
    if (text !== undefined) hashes.set(source.id, createHash('sha256').update(text, 'utf8').digest('hex'));
  }
  const ctx = {
    sources: new Map(catalog.sources.map((s) => [s.id, s])),
    texts,
    hashes,
    actorIds: new Set(actors.actors.map((a) => a.id)),
    countryCheck: (lngLat: [number, number], iso2: string) => {
      const result = checkPointInCountry(countries, lngLat, iso2);
      if (result.status === 'inside' || result.status === 'near') return { ok: true } as const;
      if (result.status === 'unknown-country')
        return { ok: false, reason: `no Natural Earth polygon for country "${iso2}"` } as const;
      return { ok: false, reason: `[${lngLat.join(', ')}] is ${result.km.toFixed(0)} km outside ${iso2}` } as const;
    },
  };
  const problems: Problem[] = [
    ...parsed.rejected.map((r) => ({ id: r.id ?? `feature ${r.number}`, field: r.field, reason: r.reason })),
    ...checkSources(ctx),
    ...parsed.incidents.flatMap((incident) => checkIncident(incident, ctx)),
  ];
  return { count: parsed.incidents.length, problems };
}
