/**
 * A JSON file → rows to validate: a GeoJSON FeatureCollection or Feature (in our schema, or with
 * loose properties named like a sheet's columns), or a list of records. Broken JSON is located by
 * line and column; the unused property names are kept once each (a Set), capped and counted.
 */
import { incidentFeatureSchema } from '../schema';
import { describeIssue } from '../describeIssue';
import { mapColumns, type Field } from './columns';
import { cleanStringsIn, cleanText } from './controlChars';
import { CappedSet, clip, listEcho, quoted } from './echo';
import { IMPORT_LIMITS } from './importLimits';
import {
  collect,
  emptyOutcome,
  refuse,
  UNUSED_KEPT,
  type ImportContext,
  type ImportOutcome,
  type PendingRow,
} from './importOutcome';
import { jsonErrorAt, lineAndColumn } from './jsonErrorAt';
import type { Cells } from './recordToFeature';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function importJson(input: string, ctx: ImportContext): ImportOutcome {
  const text = input.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse(describeJsonError(text), 'json');
  }
  const list = Array.isArray(json)
    ? json
    : isObject(json) && json.type === 'FeatureCollection' && Array.isArray(json.features)
      ? json.features
      : isObject(json) && json.type === 'Feature'
        ? [json]
        : null;
  if (!list) return refuse(describeTopLevel(json), 'json');
  const geojson = !Array.isArray(json);
  if (list.length === 0) {
    return refuse(
      geojson
        ? 'is a GeoJSON FeatureCollection with no features: there is nothing to import'
        : 'is an empty JSON list: there is nothing to import',
      'json',
    );
  }
  const limit = ctx.limits?.rows ?? IMPORT_LIMITS.rows;
  if (list.length > limit)
    return refuse(
      `has ${list.length.toLocaleString('en')} ${geojson ? 'features' : 'records'}; the limit is ${limit.toLocaleString('en')}. Split it into smaller files.`,
      'json',
    );
  const outcome: ImportOutcome = {
    ...emptyOutcome(geojson ? 'geojson' : 'json', geojson ? 'feature' : 'record'),
    total: list.length,
  };
  const unused = new CappedSet(UNUSED_KEPT);
  const rows: PendingRow[] = [];
  list.forEach((item, i) => {
    const row = i + 1;
    try {
      const pending = readItem(item, row, geojson, outcome, unused);
      if (pending) rows.push(pending);
    } catch (error) {
      outcome.problems.push({ row, field: outcome.unit, reason: `could not be read: ${String(error).slice(0, 200)}` });
    }
  });
  outcome.unusedColumns = unused.items;
  outcome.unusedColumnsTotal = unused.total;
  collect(rows, ctx, outcome);
  outcome.problems.sort((a, b) => a.row - b.row);
  return outcome;
}

function readItem(
  item: unknown,
  row: number,
  geojson: boolean,
  outcome: ImportOutcome,
  unused: CappedSet,
): PendingRow | null {
  const problem = (field: string, reason: string) => (outcome.problems.push({ row, field, reason }), null);
  if (!isObject(item)) return problem(geojson ? 'feature' : 'record', 'is not an object');
  if (geojson) {
    const geometry = item.geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
    if (!isObject(geometry)) return problem('geometry', 'is missing; each feature needs a Point');
    if (geometry.type !== 'Point')
      return problem('geometry', `must be a Point; this feature is a ${clip(String(geometry.type))}`);
  }
  const props = (geojson ? item.properties : item) as Record<string, unknown> | null;
  if (!isObject(props)) return problem('properties', 'are missing');
  if (geojson && isObject(props.when) && isObject(props.where)) {
    cleanStringsIn(props, row, outcome.notes);
    const checked = incidentFeatureSchema.safeParse(item);
    if (checked.success) return { row, feature: checked.data };
    const id = typeof props.id === 'string' ? props.id : undefined;
    checked.error.issues.forEach((issue) => outcome.problems.push({ row, ...describeIssue(issue), id }));
    return null;
  }
  const { columns, unused: notUsed } = mapColumns(Object.keys(props));
  notUsed.forEach((u) => unused.add(u));
  const cells: Cells = {};
  for (const [field, key] of Object.entries(columns) as Array<[Field, string]>) {
    const value = textOf(props[key]);
    if (value === null) return problem(field, 'nests too deeply to be read as text');
    cells[field] = cleanText(value, row, field, outcome.notes);
  }
  const coords = geojson ? (item.geometry as { coordinates?: unknown }).coordinates : undefined;
  if (Array.isArray(coords)) {
    const [lon, lat] = [textOf(coords[0]), textOf(coords[1])];
    if (lon === null || lat === null) return problem('geometry', 'has coordinates nested too deeply to be read');
    Object.assign(cells, { longitude: lon, latitude: lat });
  } else if (geojson) return problem('geometry', 'has no coordinates');
  return { row, cells };
}

/** A property as the text of a cell: objects as their JSON, or null for one nested too deeply to write out. */
function textOf(v: unknown): string | null {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object') return String(v);
  try {
    return JSON.stringify(v);
  } catch {
    return null;
  }
}

function describeTopLevel(json: unknown): string {
  const base = 'is JSON, but not a GeoJSON FeatureCollection, a Feature, or a list of incident records';
  if (!isObject(json)) return `${base}; it is a single ${json === null ? 'null' : typeof json}`;
  const keys = Object.keys(json);
  const type = typeof json.type === 'string' ? `its "type" is ${quoted(json.type)}, and ` : '';
  return `${base}; ${type}it is an object with ${keys.length ? `the keys ${listEcho(keys)}` : 'no keys'}`;
}

function describeJsonError(text: string): string {
  const at = jsonErrorAt(text);
  if (at < 0) return 'is not valid JSON';
  const { line, column } = lineAndColumn(text, at);
  if (at >= text.length) return `ends at line ${line}, column ${column} before its JSON is complete; was it cut short?`;
  return `is not valid JSON: line ${line}, column ${column}, at ${JSON.stringify(text.slice(at, at + 12))}`;
}
