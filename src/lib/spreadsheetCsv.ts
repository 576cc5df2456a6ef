/**
 * The one CSV writer for every file the app offers for download, written to open cleanly and
 * safely in a spreadsheet: UTF-8 with a BOM, every field quoted with quotes doubled, CRLF line
 * ends. A cell that a spreadsheet would run as a formula (it starts with = + - @, a tab or a
 * carriage return) is defused with a leading apostrophe; plain numbers such as -12.5 are kept.
 */

/** One cell as a spreadsheet will read it: quoted, quotes doubled, formulas defused. */
export function spreadsheetCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** A whole file: a BOM, then each row's cells joined by commas, every line ended by CRLF. */
export function spreadsheetCsv(rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  return `\uFEFF${rows.map((row) => row.map(spreadsheetCell).join(',')).join('\r\n')}\r\n`;
}
