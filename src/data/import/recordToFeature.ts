/**
 * One row of an analyst's sheet (or one loose GeoJSON feature) → an incident feature in the shared
 * schema, or the problems that stop it, each naming the field in the analyst's own terms.
 * Nothing is invented: a row needs a date and a place; a title made from the row is marked as made;
 * what it rests on is said (provenance: the file's excerpt → "quoted", a coder's note → "summary",
 * neither → "none"); what the row does not say (the publication date) is recorded as not given.
 * A profile (ACLED, UCDP, GDELT) adds its own precision codes, note, event type and figures.
 */
import { incidentFeatureSchema, type IncidentFeature } from '../schema';
import { CATEGORIES, LOCATION_PRECISIONS, type Category, type LocationPrecision } from '../vocabulary';
import { describeIssue } from '../describeIssue';
import type { Field } from './columns';
import { readDate } from './values';
import { quoted } from './echo';
import { locate, readCategory } from './locateRow';
import type { PlaceLookup } from './placeLookup';
import type { RowExtras } from './profiles/profileTypes';
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
  [/^properties\.summary/, 'notes'],
  [/^geometry\.coordinates\.0/, 'longitude'],
  [/^geometry\.coordinates\.1/, 'latitude'],
];

export function recordToFeature(cells: Cells, row: number, ctx: RowContext, extras: RowExtras = {}): RowResult {
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
  const category = (extras.category as Category | undefined) ?? readCategory(text('category'));
  if (category === null) fail('category', `${quoted(text('category'))} is not one of: ${CATEGORIES.join(', ')}`);
  const precisionWord = text('locationPrecision').toLowerCase();
  if (precisionWord && !LOCATION_PRECISIONS.includes(precisionWord as LocationPrecision)) {
    fail('location precision', `${quoted(precisionWord)} is not one of: ${LOCATION_PRECISIONS.join(', ')}`);
  }
  const where = locate(cells, ctx, fail);
  if (problems.length > 0 || !date.ok || !where || category === null) return { ok: false, problems };

  const start = date.value.start;
  const finalEnd = end ?? date.value.end;
  const reported = readDate(text('reported'));
  const source = `${ctx.datasetId}-r${row}`;
  // A title made from what the row has, when it has none; said so in titleMade.
  const title = text('title') || madeTitle(text('category'), where.asWritten, start);
  const excerpt = text('excerpt');
  // The row's note is a summary only when there is no excerpt: the excerpt is the stronger ground.
  const summary = excerpt
    ? undefined
    : (extras.summary ??
      (text('notes') ? { text: text('notes'), by: `the notes column of ${ctx.fileName}` } : undefined));
  const notes = [
    extras.notes ?? '',
    summary && !extras.summary ? '' : text('notes'),
    reported.ok ? '' : 'The file gives no publication date; the event date stands in for it.',
  ];
  const candidate = {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: where.lngLat },
    properties: {
      id: text('id') || `${ctx.datasetId}-row-${row}`,
      title,
      category,
      when: {
        start,
        ...(finalEnd && finalEnd !== start ? { end: finalEnd } : {}),
        precision:
          extras.datePrecision ??
          (finalEnd && finalEnd !== start && date.value.precision === 'day' ? 'days' : date.value.precision),
        basis: extras.dateBasis
          ? `${extras.dateBasis} (${ctx.fileName}, row ${row})`
          : `as given in ${ctx.fileName}, row ${row}`,
      },
      reported: reported.ok ? reported.value.start : start,
      where: {
        asWritten: where.asWritten,
        name: where.name,
        country: where.country,
        precision: extras.placePrecision ?? ((precisionWord as LocationPrecision) || where.precision),
        geocode: where.geocode,
        ...(extras.placeNote ? { note: extras.placeNote } : {}),
      },
      actors: [],
      ...(extras.killed ? { casualties: { killed: [{ ...extras.killed, source }] } } : {}),
      excerpts: excerpt ? [{ source, quote: excerpt, offset: 0 }] : [],
      notes: notes.filter(Boolean).join(' ') || undefined,
      provenance: excerpt ? 'quoted' : summary ? 'summary' : 'none',
      ...(summary ? { summary } : {}),
      ...(extras.codedAs ? { codedAs: extras.codedAs } : {}),
      ...(text('title') && !extras.titleMade ? {} : { titleMade: true }),
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

/** "Battles at 36.2, 37.1 on 2024-01-15": the row's type (or "Event"), place and day. */
function madeTitle(type: string, place: string, day: string): string {
  return `${type || 'Event'} ${/^-?[\d.]+, -?[\d.]+$/.test(place) ? 'at' : 'in'} ${place}, ${day}`.slice(0, 200);
}
