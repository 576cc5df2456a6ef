/**
 * The CSV parsers scripts/benchCsv.ts compares, each reading to the same shape: the header's cells
 * (trimmed, as the app's reader gives them) and every record below it as its cells. Whole-string
 * readers take the decoded text; streaming readers take the text as a sequence of chunks, the way a
 * worker would get it from `file.stream().pipeThrough(new TextDecoderStream())`.
 *
 * Every library is set up to read as closely to src/data/import/csv.ts as its options allow: the
 * separator is the one our detectSeparator reads from the header, and wholly empty lines are skipped.
 */
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { inferSchema, initParser, type Parser } from 'udsv';
import { detectSeparator, parseCsv } from '../../src/data/import/csv';
import { CsvReader } from '../../src/data/import/csvReader';
import { parseCsvByCharacter } from './csvByCharacter';

export interface ParsedCsv {
  header: string[];
  rows: string[][];
}
/** What one measurement of scripts/benchCsv.ts prints (scripts/lib/csvBenchChild.ts). */
export interface ChildResult {
  runsMs: number[];
  rows: number;
  cells: number;
  chars: number;
  peakHeapMB: number;
  maxRssMB: number;
}
/** The size of the pieces a streamed file is read in. */
export const PIECE_BYTES = 64 * 1024;
export type WholeReader = (text: string) => ParsedCsv;
export type StreamReader = (chunks: AsyncIterable<string>) => Promise<ParsedCsv>;
export interface Candidate {
  id: string;
  label: string;
  whole: WholeReader;
  /** Absent when the parser cannot read a file in pieces. */
  stream?: StreamReader;
}

const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
const split = (all: string[][]): ParsedCsv => {
  const [head = [], ...rows] = all;
  return { header: head.map((h) => h.trim()), rows };
};

/** Ours keeps its own record shape ({ row, cells }); only the cells are compared. */
const oursWhole: WholeReader = (text) => {
  const table = parseCsv(text);
  return { header: table.header, rows: table.records.map((r) => r.cells) };
};

/** The reader ours replaced, which built each cell one character at a time. */
const beforeWhole: WholeReader = (text) => {
  const table = parseCsvByCharacter(text);
  return { header: table.header, rows: table.records.map((r) => r.cells) };
};

const oursStream: StreamReader = async (chunks) => {
  const rows: string[][] = [];
  const reader = new CsvReader((r) => rows.push(r.cells));
  for await (const chunk of chunks) reader.push(chunk);
  reader.end();
  return { header: reader.header ?? [], rows };
};

const papaWhole: WholeReader = (text) =>
  split(Papa.parse<string[]>(text, { delimiter: detectSeparator(withoutBom(text)), skipEmptyLines: true }).data);

/**
 * The stream's pieces, the first one grown until it holds a whole line (or all the text), so that a
 * library that reads its settings from the first piece sees the header line; a worker reading a
 * file in 64 KiB pieces would have it in the first piece anyway.
 */
async function* headed(chunks: AsyncIterable<string>): AsyncIterable<string> {
  let start: string | null = '';
  for await (const chunk of chunks) {
    if (start === null) {
      yield chunk;
      continue;
    }
    start += chunk;
    if (start.includes('\n')) {
      yield start;
      start = null;
    }
  }
  if (start) yield start;
}

const papaStream: StreamReader = async (chunks) => {
  const source = headed(chunks)[Symbol.asyncIterator]();
  const first = await source.next();
  if (first.done) return { header: [], rows: [] };
  async function* all() {
    yield first.value;
    for (let next = await source.next(); !next.done; next = await source.next()) yield next.value;
  }
  const rows: string[][] = [];
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(Readable.from(all()), {
      delimiter: detectSeparator(withoutBom(first.value)),
      skipEmptyLines: true,
      chunk: (results) => {
        for (const row of results.data) rows.push(row);
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    });
  });
  return split(rows);
};

const udsvSchema = (text: string) => inferSchema(text, { col: detectSeparator(withoutBom(text)) });
const udsvHeader = (parser: Parser) => parser.schema.cols.map((c) => c.name.trim());

const udsvWhole: WholeReader = (text) => {
  const parser = initParser(udsvSchema(text));
  return { header: udsvHeader(parser), rows: parser.stringArrs(text) };
};

const udsvStream: StreamReader = async (chunks) => {
  let parser: Parser | null = null;
  for await (const chunk of headed(chunks)) {
    parser ??= initParser(udsvSchema(chunk));
    parser.chunk<string[]>(chunk, parser.stringArrs);
  }
  if (!parser) return { header: [], rows: [] };
  return { header: udsvHeader(parser), rows: parser.end<string[]>() };
};

export const CANDIDATES: Candidate[] = [
  { id: 'ours', label: 'ours (src/data/import/csvReader.ts)', whole: oursWhole, stream: oursStream },
  { id: 'before', label: 'ours before (scripts/lib/csvByCharacter.ts)', whole: beforeWhole },
  { id: 'papa', label: 'Papa Parse 5.7.1', whole: papaWhole, stream: papaStream },
  { id: 'udsv', label: 'uDSV 0.7.3', whole: udsvWhole, stream: udsvStream },
];

/** A string handed over in pieces of `size` characters, as a stream would. */
export async function* inPieces(text: string, size: number): AsyncIterable<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
