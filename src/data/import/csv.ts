/**
 * A small RFC 4180 CSV reader for analysts' sheets: a leading BOM, CRLF or LF line ends, `,`,
 * `;` or tab separators (whichever the header uses outside quotes), quoted fields with doubled quotes and
 * line breaks inside. Each record keeps the spreadsheet row it starts on (the header is row 1), so
 * problems can be reported where the analyst will look for them. Given a row limit, it stops as
 * soon as the file has passed it, rather than read 25 million lines to refuse them.
 */

export interface CsvRecord {
  row: number;
  cells: string[];
}
export interface CsvTable {
  separator: Separator;
  header: string[];
  records: CsvRecord[];
  problems: Array<{ row: number; reason: string }>;
  /** True when the text has more than `maxRecords` records: reading stopped at the first one past the limit. */
  stopped: boolean;
}
export interface CsvOptions {
  /** Stop once there are more records than this (the header is not counted). */
  maxRecords?: number;
  /** Called with the number of records read so far, every 10,000 records and once at the end. */
  onRecords?: (count: number) => void;
}
const REPORT_EVERY = 10_000;

export type Separator = ',' | ';' | '\t';

export function detectSeparator(text: string): Separator {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === '\t') tabs++;
  }
  if (tabs > commas && tabs > semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}

export function parseCsv(input: string, options: CsvOptions = {}): CsvTable {
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

/** Quote one cell the way parseCsv reads it back (a line of only spaces is read as blank unless quoted); used by the fuzz tests (the app writes CSV through lib/spreadsheetCsv.ts). */
export function csvCell(value: string, separator: Separator = ','): string {
  return /["\r\n]/.test(value) || value.includes(separator) || !value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}
