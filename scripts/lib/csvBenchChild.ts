/**
 * One measurement of scripts/benchCsv.ts, run in a fresh Node process so that its heap is its own:
 * `node --expose-gc --import tsx scripts/lib/csvBenchChild.ts <candidate|none> <whole|stream> <file> <runs>`.
 * Every run starts from the file on disk and ends with every record in memory: `whole` reads the
 * bytes, decodes them to one string and parses it; `stream` reads 64 KiB pieces, decodes each
 * (TextDecoder with stream: true, as TextDecoderStream does) and hands them to the parser. `none`
 * reads and decodes without parsing, the floor under both. The first run is sampled for heap and is
 * not timed; the next `runs` are timed, with a full GC before each. Prints one JSON line.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { CANDIDATES, PIECE_BYTES, type ChildResult, type ParsedCsv } from './csvCandidates';

const [id, mode, file, runsArg] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
let peakHeap = 0;
const sample = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};

async function* pieces(path: string): AsyncIterable<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const bytes of createReadStream(path, { highWaterMark: PIECE_BYTES })) {
    sample();
    yield decoder.decode(bytes as Buffer, { stream: true });
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

async function readOnce(): Promise<ParsedCsv> {
  const empty: ParsedCsv = { header: [], rows: [] };
  if (mode === 'whole') {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
    sample();
    const parsed = id === 'none' ? empty : CANDIDATES.find((c) => c.id === id)!.whole(text);
    sample();
    return parsed;
  }
  if (id === 'none') {
    for await (const piece of pieces(file)) void piece;
    return empty;
  }
  const parsed = await CANDIDATES.find((c) => c.id === id)!.stream!(pieces(file));
  sample();
  return parsed;
}

gc();
await readOnce();
const peakHeapMB = peakHeap / 2 ** 20;
const maxRssMB = process.resourceUsage().maxRSS / 1024;
const runsMs: number[] = [];
let last: ParsedCsv = { header: [], rows: [] };
for (let i = 0; i < Number(runsArg); i++) {
  last = { header: [], rows: [] };
  gc();
  const start = performance.now();
  last = await readOnce();
  runsMs.push(performance.now() - start);
}
let cells = last.header.length;
let chars = last.header.join('').length;
for (const row of last.rows) {
  cells += row.length;
  for (const cell of row) chars += cell.length;
}
const result: ChildResult = {
  runsMs,
  rows: last.rows.length,
  cells,
  chars,
  peakHeapMB,
  maxRssMB,
};
console.log(JSON.stringify(result));
