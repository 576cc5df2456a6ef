/**
 * A CSV file read in pieces as it streams in (decoded UTF-8 text, in order) → the same outcome as
 * importText would give for the whole text: the same refusals (empty, not text), the same row limit
 * (reading stops at the first row past it, so the rest of the file need not be read), the same rows.
 * The file is never one string, so its size is bounded by the byte limit for streamed files, not by
 * the largest string a browser can hold.
 */
import { CsvReader, type CsvRecord } from './csvReader';
import { NOT_TEXT } from './decodeText';
import { importCsvTable, rowLimit } from './importCsv';
import { refuse, type ImportContext, type ImportOutcome } from './importOutcome';
import { EMPTY, looksBinary } from './importText';

/** As much text as importText looks at to judge whether a file is text. */
const JUDGED = 4000;

export class CsvPieces {
  private readonly records: CsvRecord[] = [];
  private readonly reader: CsvReader;
  private head = '';
  private judged = false;
  private blank = true;
  private refused: ImportOutcome | null = null;

  constructor(private readonly ctx: ImportContext) {
    this.reader = new CsvReader((record) => this.records.push(record), {
      maxRecords: rowLimit(ctx),
      onRecords: ctx.onParsing,
    });
  }

  /** Records read so far, below the header. */
  get rows(): number {
    return this.reader.count;
  }

  /** True once nothing more need be read: the file is refused, or has passed the row limit. */
  get done(): boolean {
    return this.refused !== null || this.reader.stopped;
  }

  push(text: string): void {
    if (this.done || text === '') return;
    if (this.blank && text.trim() !== '') this.blank = false;
    if (!this.judged) {
      this.head += text.slice(0, JUDGED - this.head.length);
      if (this.head.length >= JUDGED) this.judge();
    }
    if (!this.refused) this.reader.push(text);
  }

  finish(): ImportOutcome {
    if (!this.judged && !this.refused) this.judge();
    if (this.refused) return this.refused;
    if (this.blank) return refuse(EMPTY);
    const reader = this.reader;
    reader.end();
    const { header, problems, stopped, separator } = reader;
    return importCsvTable(
      { separator: separator ?? ',', header: header ?? [], records: this.records, problems, stopped },
      this.ctx,
    );
  }

  private judge(): void {
    this.judged = true;
    if (looksBinary(this.head)) this.refused = refuse(NOT_TEXT);
  }
}
