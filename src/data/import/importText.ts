/**
 * A dropped file's text → valid incident features and the problems of the rest. Pure and
 * synchronous, so that it runs the same in the import worker and in unit tests. Formats: CSV
 * (lat/lon columns or place names), GeoJSON (our schema or loose properties), or a JSON list of
 * records. Nothing valid is lost because a neighbour is bad; ids are never silently overwritten.
 */
import { incidentFeatureSchema, type IncidentFeature } from '../schema';
import { describeIssue } from '../describeIssue';
import { parseCsv } from './csv';
import { jsonErrorAt, lineAndColumn } from './jsonErrorAt';
import { mapColumns, type Field } from './columns';
import { recordToFeature, type Cells, type RowContext } from './recordToFeature';
import type { ImportedSource, ImportUnit, RowProblem } from './types';

import { IMPORT_LIMITS } from './importLimits';

export { IMPORT_LIMITS };
export type ImportFormat = 'csv' | 'geojson' | 'json';

export interface ImportOutcome {
  format: ImportFormat | null;
  /** What a problem's number counts: spreadsheet rows (header = 1) or features/records (first = 1). */
  unit: ImportUnit;
  features: IncidentFeature[];
  problems: RowProblem[];
  total: number;
  unusedColumns: string[];
  /** For each excerpt's source id: the file and row it came from, and the outlet and http(s) link the row gave. */
  sources: Record<string, ImportedSource>;
}

export interface ImportContext extends RowContext { existingIds: Set<string>; onProgress?: (done: number, total: number) => void }

const refuse = (reason: string, format: ImportFormat | null = null): ImportOutcome =>
  ({ format, unit: 'row', features: [], problems: [{ row: 0, field: 'file', reason }], total: 0, unusedColumns: [], sources: {} });

export function importText(text: string, fileName: string, ctx: ImportContext): ImportOutcome {
  if (!text.trim()) return refuse('is empty: there is nothing to import');
  if (looksBinary(text)) return refuse('does not look like text; import a CSV, GeoJSON or JSON file');
  const jsonLike = /\.(geo)?json$/i.test(fileName) || /^\s*[[{]/.test(text.replace(/^\uFEFF/, ''));
  return jsonLike ? importJson(text, ctx) : importCsv(text, ctx);
}

function importCsv(text: string, ctx: ImportContext): ImportOutcome {
  const table = parseCsv(text);
  if (table.records.length > IMPORT_LIMITS.rows) return refuse(`has ${table.records.length.toLocaleString('en')} rows; the limit is ${IMPORT_LIMITS.rows.toLocaleString('en')}. Split it into smaller files.`, 'csv');
  const { columns, unused } = mapColumns(table.header);
  const outcome: ImportOutcome = { format: 'csv', unit: 'row', features: [], problems: table.problems.map((p) => ({ ...p, field: 'file' })), total: table.records.length, unusedColumns: unused, sources: {} };
  if (!columns.title || !columns.date || !(columns.place || (columns.latitude && columns.longitude))) {
    outcome.problems.push({ row: 1, field: 'header', reason: `needs columns for title, date, and place or latitude and longitude; found: ${table.header.join(', ') || 'none'}` });
    return outcome;
  }
  const index = Object.fromEntries(Object.entries(columns).map(([field, header]) => [field, table.header.indexOf(header)])) as Partial<Record<Field, number>>;
  const rows = table.records.map((record) => ({
    row: record.row,
    cells: Object.fromEntries(Object.entries(index).map(([field, i]) => [field, record.cells[i!] ?? ''])) as Cells,
  }));
  collect(rows, ctx, outcome);
  return outcome;
}

function importJson(text: string, ctx: ImportContext): ImportOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse(describeJsonError(text.replace(/^\uFEFF/, '')), 'json');
  }
  const list = Array.isArray(json) ? json : isObject(json) && json.type === 'FeatureCollection' && Array.isArray(json.features) ? json.features
    : isObject(json) && json.type === 'Feature' ? [json] : null;
  if (!list) return refuse('is JSON, but not a GeoJSON FeatureCollection, a Feature, or a list of incident records', 'json');
  if (list.length > IMPORT_LIMITS.rows) return refuse(`has ${list.length.toLocaleString('en')} records; the limit is ${IMPORT_LIMITS.rows.toLocaleString('en')}. Split it into smaller files.`, 'json');
  const geojson = !Array.isArray(json);
  const outcome: ImportOutcome = { format: geojson ? 'geojson' : 'json', unit: geojson ? 'feature' : 'record', features: [], problems: [], total: list.length, unusedColumns: [], sources: {} };
  const rows: Array<{ row: number; cells?: Cells; feature?: IncidentFeature }> = [];
  list.forEach((item, i) => {
    const row = i + 1;
    if (!isObject(item)) return outcome.problems.push({ row, field: geojson ? 'feature' : 'record', reason: 'is not an object' });
    if (geojson) {
      const geometry = item.geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
      if (!isObject(geometry)) return outcome.problems.push({ row, field: 'geometry', reason: 'is missing; each feature needs a Point' });
      if (geometry.type !== 'Point') return outcome.problems.push({ row, field: 'geometry', reason: `must be a Point; this feature is a ${String(geometry.type)}` });
    }
    const props = (geojson ? item.properties : item) as Record<string, unknown> | null;
    if (!isObject(props)) return outcome.problems.push({ row, field: 'properties', reason: 'are missing' });
    if (geojson && isObject(props.when) && isObject(props.where)) {
      const checked = incidentFeatureSchema.safeParse(item);
      if (checked.success) rows.push({ row, feature: checked.data });
      else checked.error.issues.forEach((issue) => outcome.problems.push({ row, ...describeIssue(issue), id: typeof props.id === 'string' ? props.id : undefined }));
      return;
    }
    const { columns, unused } = mapColumns(Object.keys(props));
    unused.forEach((u) => !outcome.unusedColumns.includes(u) && outcome.unusedColumns.push(u));
    const cells = Object.fromEntries(Object.entries(columns).map(([field, key]) => [field, stringOf(props[key])])) as Cells;
    const coords = geojson ? (item.geometry as { coordinates?: unknown }).coordinates : undefined;
    if (Array.isArray(coords)) Object.assign(cells, { longitude: stringOf(coords[0]), latitude: stringOf(coords[1]) });
    else if (geojson) return outcome.problems.push({ row, field: 'geometry', reason: 'has no coordinates' });
    rows.push({ row, cells });
  });
  collect(rows, ctx, outcome);
  outcome.problems.sort((a, b) => a.row - b.row);
  return outcome;
}

/** Validate each row, then refuse ids already used in this file or by what is loaded. */
function collect(rows: Array<{ row: number; cells?: Cells; feature?: IncidentFeature }>, ctx: ImportContext, outcome: ImportOutcome): void {
  const seen = new Map<string, number>();
  rows.forEach(({ row, cells, feature }, i) => {
    if (ctx.onProgress && i % 500 === 0) ctx.onProgress(i, rows.length);
    const result = feature ? { ok: true as const, feature } : recordToFeature(cells!, row, ctx);
    if (!result.ok) return outcome.problems.push(...result.problems);
    const id = result.feature.properties.id;
    if (seen.has(id)) return outcome.problems.push({ row, field: 'id', id, reason: `"${id}" is already used by ${outcome.unit} ${seen.get(id)} of this file` });
    if (ctx.existingIds.has(id)) return outcome.problems.push({ row, field: 'id', id, reason: `"${id}" is already used by an incident that is loaded (the bundled data or an earlier import); give it another id` });
    seen.set(id, row);
    outcome.features.push(result.feature);
    const url = cells?.url?.trim();
    for (const excerpt of result.feature.properties.excerpts) {
      outcome.sources[excerpt.source] ??= {
        fileName: ctx.fileName, unit: outcome.unit, row,
        ...(cells?.outlet?.trim() ? { outlet: cells.outlet.trim() } : {}),
        ...(url && isWebLink(url) ? { url } : {}),
      };
    }
  });
  ctx.onProgress?.(rows.length, rows.length);
}

/** Only http(s) links from data are ever followed; javascript:, data: and the rest are dropped. */
export function isWebLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const stringOf = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** More than 1 in 20 of the first 4,000 characters are control or replacement characters. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 4000);
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0x0b)) odd++;
  }
  return odd > head.length / 20;
}

function describeJsonError(text: string): string {
  const at = jsonErrorAt(text);
  if (at >= text.length) return 'ends before its JSON is complete; was it cut short?';
  const { line, column } = lineAndColumn(text, at);
  const near = JSON.stringify(text.slice(at, at + 12));
  return `is not valid JSON: line ${line}, column ${column}, at ${near}`;
}
