/**
 * A small RFC 4180 CSV reader for analysts' sheets: a leading BOM, CRLF or LF line ends, `,`,
 * `;` or tab separators (whichever the header uses outside quotes), quoted fields with doubled quotes and
 * line breaks inside. Each record keeps the spreadsheet row it starts on (the header is row 1), so
 * problems can be reported where the analyst will look for them. Given a row limit, it stops as
 * soon as the file has passed it, rather than read 25 million lines to refuse them. The reading itself,
 * whole or in pieces as a file streams in, is ./csvReader.ts.
 */
import { CsvReader, type CsvOptions, type CsvRecord, type Separator } from './csvReader';

export { detectSeparator, type CsvOptions, type CsvRecord, type Separator } from './csvReader';

export interface CsvTable {
  separator: Separator;
  header: string[];
  records: CsvRecord[];
  problems: Array<{ row: number; reason: string }>;
  /** True when the text has more than `maxRecords` records: reading stopped at the first one past the limit. */
  stopped: boolean;
}
export function parseCsv(text: string, options: CsvOptions = {}): CsvTable {
  const records: CsvRecord[] = [];
  const reader = new CsvReader((record) => records.push(record), options);
  reader.push(text);
  reader.end();
  return {
    separator: reader.separator ?? ',',
    header: reader.header ?? [],
    records,
    problems: reader.problems,
    stopped: reader.stopped,
  };
}

/** Quote one cell the way parseCsv reads it back (a line of only spaces is read as blank unless quoted); used by the fuzz tests (the app writes CSV through lib/spreadsheetCsv.ts). */
export function csvCell(value: string, separator: Separator = ','): string {
  return /["\r\n]/.test(value) || value.includes(separator) || !value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}
