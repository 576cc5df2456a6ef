/**
 * The import report as a CSV download: one line per problem, with the file, the row (or
 * feature, or record) it is in, the field, the incident's id if it had one, and the reason.
 * Written by the app's one spreadsheet writer, so a reason or id copied from a hostile file
 * (say `=HYPERLINK(…)`) is defused before a spreadsheet can run it. Notes on how the file was
 * read (a Windows-1252 decoding, control characters removed) follow the problems, each marked as a note.
 */
import { spreadsheetCsv } from '../../lib/spreadsheetCsv';
import type { ImportReport } from '../../store/types';

export function reportCsv(report: ImportReport): string {
  const line = (p: ImportReport['problems'][number], prefix = '') => [
    report.fileName,
    p.row ? String(p.row) : '(whole file)',
    p.field,
    p.id ?? '',
    prefix + p.reason,
  ];
  return spreadsheetCsv([
    ['file', report.unit, 'field', 'id', 'reason'],
    ...report.problems.map((p) => line(p)),
    ...(report.notes ?? []).map((n) => line(n, 'Note (loaded): ')),
  ]);
}
