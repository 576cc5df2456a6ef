/**
 * The CSV reader behind parseCsv (./csv.ts), fed the text whole or in pieces as they are decoded
 * from a file stream. It slices each cell out of the text (a cell is copied only when it holds a
 * doubled quote), which is what makes it fast: the first reader built each cell one character at a
 * time (scripts/lib/csvByCharacter.ts, the reference it is tested against; numbers in
 * docs/benchmarks.md). Records reach `onRecord` as soon as they are complete, each with the
 * spreadsheet row it starts on; the header is kept apart. A record cut by the end of a piece waits
 * for the next one (a `\r` at the end of a piece waits too, in case a `\n` follows). A record that
 * runs over many pieces (a quote never closed) is tried again only once the waiting text has doubled,
 * so that reading stays linear.
 */
export interface CsvRecord {
  row: number;
  cells: string[];
}
export interface CsvOptions {
  /** Stop once there are more records than this (the header is not counted). */
  maxRecords?: number;
  /** Called with the number of records read so far, every 10,000 records and once at the end. */
  onRecords?: (count: number) => void;
}

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

const QUOTE = 34;
const LF = 10;
const CR = 13;
const REPORT_EVERY = 10_000;
export const UNCLOSED_QUOTE =
  'a quoted field is never closed, so the file ends inside it; this row was read up to the end of the file';

export class CsvReader {
  separator: Separator | null = null;
  /** The first record that is not blank, its cells trimmed; null until it has been read. */
  header: string[] | null = null;
  readonly problems: Array<{ row: number; reason: string }> = [];
  /** True once a record past `maxRecords` has been read: reading stops there. */
  stopped = false;
  /** Records read below the header. */
  count = 0;
  /** Characters handed to the parsing loop so far, counting each re-read of a record cut by a piece's end. */
  scanned = 0;
  private carry = '';
  private waiting: string[] = [];
  private waitingLength = 0;
  private line = 1;
  private started = false;
  private ended = false;
  private readonly maxRecords: number;

  constructor(
    private readonly onRecord: (record: CsvRecord) => void,
    private readonly options: CsvOptions = {},
  ) {
    this.maxRecords = options.maxRecords ?? Infinity;
  }

  /** The next piece of the text. */
  push(piece: string): void {
    if (this.ended || this.stopped || piece === '') return;
    this.waiting.push(piece);
    this.waitingLength += piece.length;
    if (this.waitingLength < this.carry.length) return;
    this.read(this.take(), false);
  }

  /** The text has ended: the last record is read as it stands. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    if (!this.stopped) this.read(this.take(), true);
    this.separator ??= ',';
    this.options.onRecords?.(this.count);
  }

  private take(): string {
    const text = this.carry + this.waiting.join('');
    this.carry = '';
    this.waiting = [];
    this.waitingLength = 0;
    if (this.started || text === '') return text;
    this.started = true;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  private read(text: string, final: boolean): void {
    this.scanned += text.length;
    if (this.separator === null) {
      if (!final && !hasLineEnd(text)) return void (this.carry = text);
      this.separator = detectSeparator(text);
    }
    const sep = this.separator.charCodeAt(0);
    const n = text.length;
    let p = 0;
    records: while (p < n && !this.stopped) {
      const start = p;
      const cells: string[] = [];
      let content = false;
      let lines = 0;
      for (;;) {
        let value: string;
        if (text.charCodeAt(p) === QUOTE) {
          content = true;
          value = '';
          let q = p + 1;
          for (;;) {
            const close = text.indexOf('"', q);
            if (close < 0) {
              if (!final) return void (this.carry = text.slice(start));
              this.problems.push({ row: this.line, reason: UNCLOSED_QUOTE });
              cells.push(value + text.slice(q));
              return this.emit(cells, true, 0);
            }
            lines += countLf(text, q, close);
            if (text.charCodeAt(close + 1) === QUOTE) {
              value += text.slice(q, close + 1);
              q = close + 2;
              continue;
            }
            value += text.slice(q, close);
            p = close + 1;
            break;
          }
          const end = cellEnd(text, p, sep);
          if (end > p) value += text.slice(p, end);
          p = end;
        } else {
          const end = cellEnd(text, p, sep);
          value = text.slice(p, end);
          if (!content && value.trim() !== '') content = true;
          p = end;
        }
        cells.push(value);
        if (p >= n) {
          if (!final) return void (this.carry = text.slice(start));
          return this.emit(cells, content, lines);
        }
        const code = text.charCodeAt(p);
        if (code === sep) {
          content = true;
          p++;
          continue;
        }
        if (code === CR) {
          if (p + 1 >= n && !final) return void (this.carry = text.slice(start));
          if (text.charCodeAt(p + 1) === LF) p++;
        }
        p++;
        this.emit(cells, content, lines + 1);
        continue records;
      }
    }
  }

  /** One record read: blank lines are skipped but still counted as spreadsheet rows. */
  private emit(cells: string[], content: boolean, lines: number): void {
    const row = this.line;
    this.line += lines;
    if (!content && cells.length < 2) return;
    if (this.header === null) {
      this.header = cells.map((h) => h.trim());
      this.options.onRecords?.(0);
      return;
    }
    this.count++;
    this.onRecord({ row, cells });
    if (this.count > this.maxRecords) this.stopped = true;
    else if (this.count % REPORT_EVERY === 0) this.options.onRecords?.(this.count);
  }
}

/** Where the cell starting at `from` ends: at the separator, a line end or the end of the text. */
function cellEnd(text: string, from: number, sep: number): number {
  let i = from;
  for (const n = text.length; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code === sep || code === LF || code === CR) break;
  }
  return i;
}

function countLf(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** Whether the first line (line ends inside quotes do not count) has ended within the text. */
function hasLineEnd(text: string): boolean {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) quoted = !quoted;
    else if (!quoted && (code === LF || code === CR)) return true;
  }
  return false;
}
