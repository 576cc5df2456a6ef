/**
 * The app's first CSV reader (src/data/import/csv.ts before December 2026), which builds each cell one
 * character at a time. Kept outside the app as the reference the sliced, streaming reader is checked
 * against (scripts/csvReaders.test.ts: the same records, rows and problems for any text, read whole or
 * in pieces) and as the "before" row of scripts/benchCsv.ts.
 */
import { detectSeparator, type CsvOptions, type CsvRecord, type CsvTable } from '../../src/data/import/csv';

const REPORT_EVERY = 10_000;

export function parseCsvByCharacter(input: string, options: CsvOptions = {}): CsvTable {
  const maxRows = (options.maxRecords ?? Infinity) + 1;
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = detectSeparator(text);
  const rows: CsvRecord[] = [];
  const problems: CsvTable['problems'] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let sawContent = false;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRecord = () => {
    endCell();
    if (sawContent || cells.length > 1) {
      rows.push({ row: recordLine, cells });
      if (options.onRecords && rows.length % REPORT_EVERY === 1) options.onRecords(rows.length - 1);
    }
    cells = [];
    sawContent = false;
  };
  let stopped = false;
  for (let i = 0; i < text.length; i++) {
    if (rows.length > maxRows) {
      stopped = true;
      break;
    }
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      sawContent = true;
    } else if (ch === separator) {
      endCell();
      sawContent = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += ch;
      if (ch.trim()) sawContent = true;
    }
  }
  if (!stopped && quoted)
    problems.push({
      row: recordLine,
      reason: 'a quoted field is never closed, so the file ends inside it; this row was read up to the end of the file',
    });
  if (!stopped && (cell !== '' || cells.length > 0 || sawContent)) endRecord();
  const [head, ...records] = rows;
  options.onRecords?.(records.length);
  return {
    separator,
    header: (head?.cells ?? []).map((h) => h.trim()),
    records,
    problems,
    stopped: rows.length > maxRows,
  };
}
