/**
 * The import report as a CSV download: one line per problem, with the file, the row (or
 * feature, or record) it is in, the field, the incident's id if it had one, and the reason.
 * Written by the app's one spreadsheet writer, so a reason or id copied from a hostile file
 * (say `=HYPERLINK(…)`) is defused before a spreadsheet can run it.
 */
import { spreadsheetCsv } from '../../lib/spreadsheetCsv';
import type { ImportReport } from '../../store/types';

export function reportCsv(report: ImportReport): string {
  return spreadsheetCsv([
    ['file', report.unit, 'field', 'id', 'reason'],
    ...report.problems.map((p) => [
      report.fileName,
      p.row ? String(p.row) : '(whole file)',
      p.field,
      p.id ?? '',
      p.reason,
    ]),
  ]);
}
