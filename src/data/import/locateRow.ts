/**
 * Where and what a row is: its category word read against ours (and ACLED's event types, which
 * analysts' sheets often carry), and its place from the coordinates it gives or a name looked up
 * in the offline gazetteer. Each problem names the field in the analyst's words.
 */
import { CATEGORIES, type Category, type LocationPrecision } from '../vocabulary';
import { readNumber } from './values';
import { clip, quoted } from './echo';
import { ACLED_CATEGORY } from './profiles/acled';
import type { Cells, RowContext } from './recordToFeature';

/** ACLED's event types that have no category of ours, read as "other" rather than refused. */
const ACLED_WORDS = new Set([
  'protests',
  'riots',
  'strategic developments',
  'peaceful protest',
  'protest with intervention',
  'excessive force against protesters',
  'violent demonstration',
  'mob violence',
  'change to group/activity',
  'other',
]);
const ACLED_BY_KEY = new Map(Object.entries(ACLED_CATEGORY).map(([type, c]) => [type.toLowerCase(), c]));

export function readCategory(raw: string): Category | null {
  if (!raw) return 'other';
  const key = raw.toLowerCase().replace(/[\s_-]+/g, '');
  const aliases: Record<string, Category> = {
    airstrikes: 'airstrike',
    strike: 'airstrike',
    battle: 'clashes',
    clash: 'clashes',
    bomb: 'bombing',
    explosion: 'bombing',
  };
  if ((CATEGORIES as readonly string[]).includes(key)) return key as Category;
  return (
    aliases[key] ??
    ACLED_BY_KEY.get(raw.trim().toLowerCase()) ??
    (ACLED_WORDS.has(raw.trim().toLowerCase()) ? 'other' : null)
  );
}

export interface Located {
  lngLat: [number, number];
  asWritten: string;
  name: string;
  country: string;
  precision: LocationPrecision;
  geocode: { source: 'manual' | 'simplemaps' | 'gazetteer'; ref: string };
}

export function locate(cells: Cells, ctx: RowContext, fail: (field: string, reason: string) => void): Located | null {
  const place = cells.place?.trim() ?? '';
  const country = (cells.country?.trim() ?? '').toUpperCase();
  const given = readCoordinates(cells, fail);
  if (given === null) return null;
  if (given) {
    const label = place || `${given[1]}, ${given[0]}`;
    return {
      lngLat: given,
      asWritten: label,
      name: label,
      country: /^[A-Z]{2}$/.test(country) ? country : 'XX',
      precision: 'poi',
      geocode: { source: 'manual', ref: `coordinates as given in ${ctx.fileName}` },
    };
  }
  if (!place) {
    fail('place', 'is missing, and the row has no latitude and longitude');
    return null;
  }
  const found = ctx.places?.find(place, /^[A-Z]{2}$/.test(country) ? country : undefined) ?? {
    status: 'not-found' as const,
  };
  if (found.status === 'ambiguous') {
    fail(
      'place',
      `${quoted(place)} matches several places (${found.candidates
        .slice(0, 4)
        .map((c) => `${clip(c.name)}, ${c.country}`)
        .join(
          '; ',
        )}${found.candidates.length > 4 ? ` and ${found.candidates.length - 4} more` : ''}); add a country code or coordinates`,
    );
    return null;
  }
  if (found.status === 'not-found') {
    fail('place', `${quoted(place)} is not in the offline gazetteer; add latitude and longitude`);
    return null;
  }
  const p = found.place;
  return {
    lngLat: p.lngLat,
    asWritten: place,
    name: p.name,
    country: p.country,
    precision: 'city',
    geocode: { source: p.source, ref: `${p.id}, matched by ${found.matchedBy} from ${quoted(place, 200)}` },
  };
}

/** Coordinates from the latitude and longitude cells: a pair, undefined when both are empty, null on a problem. */
function readCoordinates(
  cells: Cells,
  fail: (field: string, reason: string) => void,
): [number, number] | undefined | null {
  const latText = cells.latitude?.trim() ?? '';
  const lonText = cells.longitude?.trim() ?? '';
  if (!latText && !lonText) return undefined;
  const lat = latText ? readNumber(latText) : { ok: false as const, reason: 'is missing while longitude is given' };
  const lon = lonText ? readNumber(lonText) : { ok: false as const, reason: 'is missing while latitude is given' };
  if (!lat.ok) fail('latitude', lat.reason);
  if (!lon.ok) fail('longitude', lon.reason);
  if (!lat.ok || !lon.ok) return null;
  const swapped = Math.abs(lat.value) > 90 && Math.abs(lon.value) <= 90 ? '; are latitude and longitude swapped?' : '';
  if (Math.abs(lat.value) > 90) fail('latitude', `${lat.value} is out of range (−90 to 90)${swapped}`);
  if (Math.abs(lon.value) > 180) fail('longitude', `${lon.value} is out of range (−180 to 180)`);
  return Math.abs(lat.value) > 90 || Math.abs(lon.value) > 180 ? null : [lon.value, lat.value];
}
