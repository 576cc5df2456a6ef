/**
 * An analyst's sheet → rows to validate. The row limit is checked while the sheet is read; the
 * header tells which column feeds which field; each cell that is used loses its control
 * characters (noted by row and field). Whole-file problems say what the sheet has and lacks.
 */
import { parseCsv } from './csv';
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

/** What a field is called in a note about it, in the analyst's words. */
const FIELD_WORDS: Partial<Record<Field, string>> = { locationPrecision: 'location precision' };

export function importCsv(text: string, ctx: ImportContext): ImportOutcome {
  const limit = ctx.limits?.rows ?? IMPORT_LIMITS.rows;
  const table = parseCsv(text, { maxRecords: limit, onRecords: ctx.onParsing });
  const count = limit.toLocaleString('en');
  if (table.stopped)
    return refuse(`has more than ${count} rows; the limit is ${count}. Split it into smaller files.`, 'csv');
  const outcome = emptyOutcome('csv');
  const header = table.header.map((h) => cleanText(h, 1, 'header', outcome.notes));
  if (table.records.length === 0 && table.problems.length === 0) {
    return refuse(`has a header row (${listEcho(header)}) but no rows below it: there is nothing to import`, 'csv');
  }
  const { columns, unused } = mapColumns(header);
  const unusedSet = new CappedSet(UNUSED_KEPT);
  unused.forEach((u) => unusedSet.add(u));
  Object.assign(outcome, {
    problems: table.problems.map((p) => ({ ...p, field: 'file' })),
    total: table.records.length,
    unusedColumns: unusedSet.items,
    unusedColumnsTotal: unusedSet.total,
  });
  const missing = [
    columns.title ? '' : 'the title',
    columns.date ? '' : 'the date',
    columns.place || (columns.latitude && columns.longitude) ? '' : 'a place (or latitude and longitude)',
  ].filter(Boolean);
  if (missing.length > 0) {
    const needs = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} or ${missing.at(-1)}` : missing[0];
    outcome.problems.push({
      row: 1,
      field: 'header',
      reason: `has no column for ${needs}; found: ${listEcho(header)}`,
    });
    return outcome;
  }
  const index = Object.entries(columns).map(([field, name]) => [field as Field, header.indexOf(name!)] as const);
  const rows: PendingRow[] = table.records.map((record) => {
    const cells: Cells = {};
    for (const [field, i] of index) {
      cells[field] = cleanText(record.cells[i] ?? '', record.row, FIELD_WORDS[field] ?? field, outcome.notes);
    }
    return { row: record.row, cells };
  });
  collect(rows, ctx, outcome);
  return outcome;
}
