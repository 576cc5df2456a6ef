/**
 * A large incident list handed to the map without blocking the page. `setData(object)` makes
 * maplibre walk and copy every feature on the main thread (serialise, then postMessage): with
 * 100,000 restored incidents that was one task of several seconds per source. Instead the
 * GeoJSON is written as text a slice at a time, with a pause between slices, into a Blob whose
 * object URL maplibre's worker fetches and parses itself. The URL is same-origin `blob:` (the CSP's
 * connect-src allows it) and is revoked once the next one replaces it.
 */
import type { Incident } from '../data/parseIncidents';
import { toFeatureCollection } from './toFeatureCollection';
import type { Grade } from '../data/claims/grade';

/** From this many incidents the map gets a Blob URL rather than an object. */
export const LARGE_GEOJSON = 20_000;
/** Incidents written between two pauses (about 30 ms of work on a slow laptop). */
export const SLICE = 4_000;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The GeoJSON text of the incidents, as Blob parts. */
export async function geoJsonParts(incidents: Incident[], grades?: readonly Grade[]): Promise<string[]> {
  const parts: string[] = ['{"type":"FeatureCollection","features":['];
  for (let start = 0; start < incidents.length; start += SLICE) {
    if (start > 0) await pause();
    const text = JSON.stringify(toFeatureCollection(incidents.slice(start, start + SLICE), grades).features);
    parts.push(start > 0 && text.length > 2 ? ',' : '', text.slice(1, -1));
  }
  parts.push(']}');
  return parts;
}

/** Keeps one object URL alive at a time: the one the map's sources were last given. */
export function blobUrlKeeper() {
  let current: string | null = null;
  return {
    async urlFor(incidents: Incident[], grades?: readonly Grade[]): Promise<string> {
      return URL.createObjectURL(new Blob(await geoJsonParts(incidents, grades), { type: 'application/geo+json' }));
    },
    /** The sources now use `url` (or an object): let go of the one before. */
    settle(url: string | null) {
      if (current && current !== url) URL.revokeObjectURL(current);
      current = url;
    },
  };
}
