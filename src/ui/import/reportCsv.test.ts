import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../data/import/csv';
import { importText } from '../../data/import/importText';
import type { ImportReport } from '../../store/types';
import { reportCsv } from './reportCsv';

const report = (problems: ImportReport['problems'], fileName = 'sheet.csv'): ImportReport => ({
  fileName,
  unit: 'row',
  loaded: 0,
  total: problems.length,
  problems,
  unusedColumns: [],
});

describe('the import report download', () => {
  it('defuses formula-like reasons, ids and file names, and reads back through the app’s own CSV reader', () => {
    const problems = [
      { row: 2, field: 'title', reason: '=HYPERLINK("http://x")' },
      { row: 3, field: 'latitude', id: '@SUM(A1)', reason: 'is out of range, "quoted", with, commas' },
      { row: 4, field: 'date', id: '-1+1', reason: '\tstarts with a tab\nand has a line break' },
      { row: 0, field: 'file', reason: "+cmd|' /C calc'!A0" },
    ];
    const text = reportCsv(report(problems, '=evil.csv'));
    expect(text.startsWith('\uFEFF"file","row","field","id","reason"\r\n')).toBe(true);
    expect(text).toContain('"\'=HYPERLINK(""http://x"")"');

    const table = parseCsv(text);
    expect(table.problems).toEqual([]);
    expect(table.header).toEqual(['file', 'row', 'field', 'id', 'reason']);
    expect(table.records.map((r) => r.cells)).toEqual([
      ["'=evil.csv", '2', 'title', '', '\'=HYPERLINK("http://x")'],
      ["'=evil.csv", '3', 'latitude', "'@SUM(A1)", 'is out of range, "quoted", with, commas'],
      ["'=evil.csv", '4', 'date', "'-1+1", "'\tstarts with a tab\nand has a line break"],
      ["'=evil.csv", '(whole file)', 'file', '', "'+cmd|' /C calc'!A0"],
    ]);
  });

  it('carries the problems a real import found, row by row, with nothing that a spreadsheet would run', () => {
    const out = importText(
      'id,title,date,lat,lon,excerpt\n=HYPERLINK("http://x"),Strike,2016-02-19,132.5,12.48,q\nok,Fine,2016-02-19,32.79,12.48,q\n',
      'sheet.csv',
      { datasetId: 'import-sheet', fileName: 'sheet.csv', places: null, existingIds: new Set() },
    );
    expect(out.problems.length).toBeGreaterThan(0);
    const table = parseCsv(reportCsv(report(out.problems)));
    expect(table.records).toHaveLength(out.problems.length);
    for (const [i, p] of out.problems.entries()) {
      const [, row, field, id, reason] = table.records[i].cells;
      expect([row, field]).toEqual([String(p.row), p.field]);
      expect(id).toBe(p.id === undefined ? '' : /^[=+\-@\t\r]/.test(p.id) ? `'${p.id}` : p.id);
      expect(reason).toBe(/^[=+\-@\t\r]/.test(p.reason) ? `'${p.reason}` : p.reason);
    }
    expect(table.records.flatMap((r) => r.cells).every((cell) => !/^[=+\-@\t\r]/.test(cell))).toBe(true);
  });

  it('carries the notes on how the file was read after the problems, each marked as a note', () => {
    const withNotes: ImportReport = {
      ...report([{ row: 3, field: 'date', reason: 'is not a date' }]),
      notes: [{ row: 0, field: 'file', reason: 'read as Windows-1252 (it is not UTF-8)' }],
    };
    const table = parseCsv(reportCsv(withNotes));
    expect(table.records.map((r) => r.cells.slice(1))).toEqual([
      ['3', 'date', '', 'is not a date'],
      ['(whole file)', 'file', '', 'Note (loaded): read as Windows-1252 (it is not UTF-8)'],
    ]);
  });
});
