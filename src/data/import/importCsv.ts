/**
 * An analyst's sheet or a published export → rows to validate. The row limit is checked while the
 * sheet is read; the header tells which profile reads it (ACLED, UCDP GED, GDELT 2.0 or a
 * spreadsheet's common column names, profiles/detectProfile.ts) and which column feeds which field; each cell that is used loses its control
 * characters (noted by row and field). Whole-file problems say what the sheet has and lacks.
 */
import { parseCsv, type CsvRecord, type CsvTable } from './csv';
import { mapColumns, type Field } from './columns';
import { cleanText } from './controlChars';
import { CappedSet, listEcho } from './echo';
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
import type { Cells } from './recordToFeature';
import { chooseProfile, PROFILES } from './profiles/detectProfile';
import type { Profile } from './profiles/profileTypes';

/** What a field is called in a note about it, in the analyst's words. */
const FIELD_WORDS: Partial<Record<Field, string>> = { locationPrecision: 'location precision' };

export function importCsv(text: string, ctx: ImportContext): ImportOutcome {
  return importCsvTable(parseCsv(text, { maxRecords: rowLimit(ctx), onRecords: ctx.onParsing }), ctx);
}

export const rowLimit = (ctx: ImportContext): number => ctx.limits?.rows ?? IMPORT_LIMITS.rows;

/** A sheet read (whole, or in pieces as it streamed in: ./importCsvPieces.ts) → its rows validated. */
export function importCsvTable(table: CsvTable, ctx: ImportContext): ImportOutcome {
  const count = rowLimit(ctx).toLocaleString('en');
  if (table.stopped)
    return refuse(`has more than ${count} rows; the limit is ${count}. Split it into smaller files.`, 'csv');
  const outcome = emptyOutcome('csv');
  const used = chooseProfile(ctx.profile, table.header, table.separator);
  outcome.profile = used;
  const profile = used.id === 'plain' ? null : PROFILES[used.id];
  // A shape without a header row (GDELT): its first line is a record, and the columns are the documented ones.
  const rawHeader = profile?.fixedHeader ?? table.header;
  const records = profile?.fixedHeader ? [{ row: 1, cells: table.header }, ...table.records] : table.records;
  const header = rawHeader.map((h) => cleanText(h, 1, 'header', outcome.notes));
  if (records.length === 0 && table.problems.length === 0) {
    return refuse(`has a header row (${listEcho(header)}) but no rows below it: there is nothing to import`, 'csv');
  }
  Object.assign(outcome, { problems: table.problems.map((p) => ({ ...p, field: 'file' })), total: records.length });
  if (profile) {
    readWithProfile(profile, header, records, ctx, outcome);
    return outcome;
  }
  const { columns, unused } = mapColumns(header);
  keepUnused(outcome, unused);
  const missing = [
    columns.date ? '' : 'the date',
    columns.place || (columns.latitude && columns.longitude) ? '' : 'a place (or latitude and longitude)',
  ].filter(Boolean);
  if (missing.length > 0) {
    outcome.problems.push({
      row: 1,
      field: 'header',
      reason: `has no column for ${missing.join(' or ')}; found: ${listEcho(header)}`,
    });
    return outcome;
  }
  const index = Object.entries(columns).map(([field, name]) => [field as Field, header.indexOf(name!)] as const);
  const rows: PendingRow[] = records.map((record) => {
    const cells: Cells = {};
    for (const [field, i] of index) {
      cells[field] = cleanText(record.cells[i] ?? '', record.row, FIELD_WORDS[field] ?? field, outcome.notes);
    }
    return { row: record.row, cells };
  });
  collect(rows, ctx, outcome);
  return outcome;
}

function keepUnused(outcome: ImportOutcome, unused: string[]): void {
  const unusedSet = new CappedSet(UNUSED_KEPT);
  unused.forEach((u) => unusedSet.add(u));
  outcome.unusedColumns = unusedSet.items;
  outcome.unusedColumnsTotal = unusedSet.total;
}

/** Rows of a published shape: each cell by its column name, read by the profile, then validated as every row is. */
function readWithProfile(
  profile: Profile,
  header: string[],
  records: CsvRecord[],
  ctx: ImportContext,
  outcome: ImportOutcome,
): void {
  const at = new Map<string, number>();
  header.forEach((h, i) => at.has(h) || at.set(h, i));
  keepUnused(
    outcome,
    header.filter((h) => h.trim() && !profile.reads.includes(h)),
  );
  const missing = profile.needs.filter((n) => !at.has(n));
  if (missing.length > 0) {
    const label = outcome.profile?.label ?? profile.id;
    outcome.problems.push({
      row: 1,
      field: 'header',
      reason: `has no ${missing.length > 1 ? 'columns' : 'column'} ${listEcho(missing)}, which reading it as ${label} needs; found: ${listEcho(header)}`,
    });
    return;
  }
  const rows: PendingRow[] = [];
  for (const record of records) {
    const get = (column: string) => {
      const i = at.get(column);
      return i === undefined ? '' : cleanText(record.cells[i] ?? '', record.row, column, outcome.notes).trim();
    };
    const read = profile.read(get, record.row, ctx.fileName);
    if (read.ok) rows.push({ row: record.row, cells: read.cells, extras: read.extras });
    else outcome.problems.push(...read.problems);
  }
  collect(rows, ctx, outcome);
  outcome.problems.sort((a, b) => a.row - b.row);
}
