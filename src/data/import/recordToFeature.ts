/**
 * One row of an analyst's sheet (or one loose GeoJSON feature) → an incident feature in the shared
 * schema, or the problems that stop it, each naming the field in the analyst's own terms.
 * Nothing is invented: a row needs a title, a date, a place and a verbatim excerpt; what the row
 * does not say (the publication date, the location precision) is recorded as not given.
 */
import { incidentFeatureSchema, type IncidentFeature } from '../schema';
import { CATEGORIES, LOCATION_PRECISIONS, type Category, type LocationPrecision } from '../vocabulary';
import { describeIssue } from '../describeIssue';
import type { Field } from './columns';
import { readDate, readNumber } from './values';
import { clip, quoted } from './echo';
import type { PlaceLookup } from './placeLookup';
import type { RowProblem } from './types';

export type { RowProblem } from './types';

/** row 0 means the whole file. */
export interface RowContext {
  datasetId: string;
  fileName: string;
  places: PlaceLookup | null;
}
export type RowResult = { ok: true; feature: IncidentFeature } | { ok: false; problems: RowProblem[] };

export type Cells = Partial<Record<Field, string>>;

/** Where zod's paths point, in the analyst's words. */
const FIELD_OF_PATH: Array<[RegExp, string]> = [
  [/^properties\.id/, 'id'],
  [/^properties\.title/, 'title'],
  [/^properties\.category/, 'category'],
  [/^properties\.when/, 'date'],
  [/^properties\.reported/, 'reported'],
  [/^properties\.where\.country/, 'country'],
  [/^properties\.where/, 'place'],
  [/^properties\.excerpts/, 'excerpt'],
  [/^properties\.notes/, 'notes'],
  [/^geometry\.coordinates\.0/, 'longitude'],
  [/^geometry\.coordinates\.1/, 'latitude'],
];

export function recordToFeature(cells: Cells, row: number, ctx: RowContext): RowResult {
  const problems: RowProblem[] = [];
  const fail = (field: string, reason: string) =>
    problems.push({ row, field, reason, id: cells.id?.trim() || undefined });
  const text = (field: Field) => cells[field]?.trim() ?? '';

  const date = readDate(text('date'));
  if (!date.ok) fail('date', date.reason === 'is empty' ? 'is missing' : date.reason);
  let end: string | undefined;
  if (text('end')) {
    const read = readDate(text('end'));
    if (read.ok) end = read.value.end ?? read.value.start;
    else fail('end', read.reason);
  }
  const category = readCategory(text('category'));
  if (category === null) fail('category', `${quoted(text('category'))} is not one of: ${CATEGORIES.join(', ')}`);
  const precisionWord = text('locationPrecision').toLowerCase();
  if (precisionWord && !LOCATION_PRECISIONS.includes(precisionWord as LocationPrecision)) {
    fail('location precision', `${quoted(precisionWord)} is not one of: ${LOCATION_PRECISIONS.join(', ')}`);
  }
  if (!text('title')) fail('title', 'is missing');
  if (!text('excerpt')) fail('excerpt', 'is missing: every incident needs a verbatim excerpt from its source');
  const where = locate(cells, ctx, fail);
  if (problems.length > 0 || !date.ok || !where || category === null) return { ok: false, problems };

  const start = date.value.start;
  const finalEnd = end ?? date.value.end;
  const reported = readDate(text('reported'));
  const source = `${ctx.datasetId}-r${row}`;
  const candidate = {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: where.lngLat },
    properties: {
      id: text('id') || `${ctx.datasetId}-row-${row}`,
      title: text('title'),
      category: category ?? 'other',
      when: {
        start,
        ...(finalEnd && finalEnd !== start ? { end: finalEnd } : {}),
        precision: finalEnd && finalEnd !== start && date.value.precision === 'day' ? 'days' : date.value.precision,
        basis: `as given in ${ctx.fileName}, row ${row}`,
      },
      reported: reported.ok ? reported.value.start : start,
      where: {
        asWritten: where.asWritten,
        name: where.name,
        country: where.country,
        precision: (precisionWord as LocationPrecision) || where.precision,
        geocode: where.geocode,
      },
      actors: [],
      excerpts: text('excerpt') ? [{ source, quote: text('excerpt'), offset: 0 }] : [],
      notes:
        [text('notes'), reported.ok ? '' : 'The file gives no publication date; the event date stands in for it.']
          .filter(Boolean)
          .join(' ') || undefined,
    },
  };
  const checked = incidentFeatureSchema.safeParse(candidate);
  if (checked.success) return { ok: true, feature: checked.data };
  for (const issue of checked.error.issues) {
    const { field, reason } = describeIssue(issue);
    if (!reported.ok && field === 'properties.reported') continue; // the event date stood in: its problem is the date's
    fail(FIELD_OF_PATH.find(([pattern]) => pattern.test(field))?.[1] ?? field, reason);
  }
  return { ok: false, problems };
}

function readCategory(raw: string): Category | null {
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
  return (CATEGORIES as readonly string[]).includes(key) ? (key as Category) : (aliases[key] ?? null);
}

interface Located {
  lngLat: [number, number];
  asWritten: string;
  name: string;
  country: string;
  precision: LocationPrecision;
  geocode: { source: 'manual' | 'simplemaps' | 'gazetteer'; ref: string };
}

function locate(cells: Cells, ctx: RowContext, fail: (field: string, reason: string) => void): Located | null {
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
