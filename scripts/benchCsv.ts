/**
 * `npx tsx scripts/benchCsv.ts [--runs 5] [--write]`: our CSV reader (src/data/import/csvReader.ts),
 * and the one it replaced (scripts/lib/csvByCharacter.ts), against Papa Parse and uDSV (devDependencies, for this benchmark only), for issue 18.
 *
 * Speed and memory: ACLED-shaped files of 100k and 1M rows and a plain five-column file of 1M rows,
 * made by the project's synth (scripts/synth.ts, seed 1) into .bench/. Each parser and mode runs in
 * its own fresh Node process (scripts/lib/csvBenchChild.ts): one untimed run sampled for heap, then
 * `--runs` timed runs; the median is reported, with rows/s and the ratio to ours on the same file in
 * this same run. Correctness: the named cases and fuzz properties of scripts/lib/csvAgreement.ts.
 * `--write` puts the section in docs/benchmarks.md (replacing an earlier one).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { replaceSection } from './lib/benchDoc';
import { caseReport, fuzzReport, piecesReport } from './lib/csvAgreement';
import { PIECE_BYTES, type ChildResult } from './lib/csvCandidates';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', '5'));
/** `--max-rows 100000` leaves out the larger files (a quick check of the script). */
const MAX_ROWS = Number(arg('max-rows', 'Infinity'));
const SEED = 1;
const TITLE = '## CSV parser: ours vs Papa Parse vs uDSV';
const FILES: Array<{ format: 'acled' | 'plain'; rows: number }> = [
  { format: 'acled', rows: 100_000 },
  { format: 'acled', rows: 1_000_000 },
  { format: 'plain', rows: 1_000_000 },
];
const CONFIGS: Array<{ id: string; mode: 'whole' | 'stream'; label: string }> = [
  { id: 'none', mode: 'whole', label: 'floor: read + decode, no parsing' },
  { id: 'none', mode: 'stream', label: 'floor: read + decode in pieces, no parsing' },
  { id: 'ours', mode: 'whole', label: 'ours' },
  { id: 'ours', mode: 'stream', label: 'ours' },
  { id: 'before', mode: 'whole', label: 'ours before: one character at a time' },
  { id: 'papa', mode: 'whole', label: 'Papa Parse' },
  { id: 'papa', mode: 'stream', label: 'Papa Parse' },
  { id: 'udsv', mode: 'whole', label: 'uDSV' },
  { id: 'udsv', mode: 'stream', label: 'uDSV' },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
const int = (n: number) => Math.round(n).toLocaleString('en');

function ensureFile(format: string, rows: number): string {
  const file = `.bench/synth-${format}-${rows}-${SEED}.csv`;
  if (!existsSync(file)) {
    const made = spawnSync(
      'npx',
      ['tsx', 'scripts/synth.ts', '--format', format, '--rows', String(rows), '--out', file],
      {
        stdio: 'inherit',
      },
    );
    if (made.status !== 0) throw new Error(`npm run synth could not write ${file}`);
  }
  return file;
}

/** Each measurement's heap limit: a parser that needs more fails, and the table says so. */
const HEAP_MB = 4096;

function measure(id: string, mode: string, file: string): ChildResult | { failed: string } {
  const started = Date.now();
  const child = spawnSync(
    process.execPath,
    [
      `--max-old-space-size=${HEAP_MB}`,
      '--expose-gc',
      '--import',
      'tsx',
      'scripts/lib/csvBenchChild.ts',
      id,
      mode,
      file,
      String(RUNS),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (child.status === 0) return JSON.parse(child.stdout.trim().split('\n').pop()!) as ChildResult;
  const seconds = Math.round((Date.now() - started) / 1000);
  const oom = /heap out of memory/.test(child.stderr);
  console.error(child.stderr.slice(-2000));
  return { failed: oom ? `ran out of its ${HEAP_MB / 1024} GB heap after ${seconds} s` : `failed after ${seconds} s` };
}

const loadBefore = load();
const startedAt = new Date();
const table = [
  '| file | parser | mode | median ms | fastest–slowest ms | rows/s | ÷ ours | peak heap MB | max RSS MB | same cells as ours |',
  '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
];
for (const { format, rows } of FILES.filter((f) => f.rows <= MAX_ROWS)) {
  const file = ensureFile(format, rows);
  const name = `${format} ${int(rows)} rows (${(statSync(file).size / 1e6).toFixed(1)} MB)`;
  const results = CONFIGS.map((c) => {
    console.error(`${name}: ${c.label} ${c.mode} …`);
    return { ...c, result: measure(c.id, c.mode, file) };
  });
  const ours = results.find((r) => r.id === 'ours' && r.mode === 'whole')!.result;
  const oursMs = 'failed' in ours ? NaN : median(ours.runsMs);
  for (const { id, mode, label, result } of results) {
    const how = mode === 'whole' ? 'one string' : 'streamed';
    if ('failed' in result) {
      table.push(`| ${name} | ${label} | ${how} | **${result.failed}** | | | | | | |`);
      continue;
    }
    const ms = median(result.runsMs);
    const parsed = id !== 'none';
    const check =
      !parsed || 'failed' in ours
        ? `— (${int(result.rows)} rows)`
        : result.rows === ours.rows && result.cells === ours.cells && result.chars === ours.chars
          ? `yes (${int(result.rows)} rows)`
          : `**no**: ${int(result.rows)} rows, ${int(result.cells)} cells`;
    table.push(
      `| ${name} | ${label} | ${how} | ${int(ms)} | ${int(Math.min(...result.runsMs))}–${int(Math.max(...result.runsMs))} | ${parsed ? int(result.rows / (ms / 1000)) : '—'} | ${Number.isNaN(oursMs) ? '—' : (ms / oursMs).toFixed(2)} | ${int(result.peakHeapMB)} | ${int(result.maxRssMB)} | ${check} |`,
    );
  }
}
const loadAfter = load();
const [cases, fuzz, pieces] = [await caseReport(), await fuzzReport(18), await piecesReport(18)];

const section = [
  TITLE,
  '',
  `Written by \`npx tsx scripts/benchCsv.ts --runs ${RUNS} --write\` on ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; load average (1, 5, 15 min) ${loadBefore} at the start and ${loadAfter} at the end (a shared machine: other work ran alongside).`,
  '',
  `Every run starts from the file on disk and ends with every record in memory as its cells. **one string**: read the bytes, decode them (TextDecoder, fatal), parse the string. **streamed**: read ${PIECE_BYTES / 1024} KiB pieces, decode each with \`stream: true\` (as TextDecoderStream does) and hand them to the parser's incremental reading (ours: \`CsvReader.push\`; Papa Parse: a Node stream of the decoded pieces; uDSV: \`parser.chunk\`); the whole file is never one string. "Ours before" is the reader ours replaced, which built each cell one character at a time (scripts/lib/csvByCharacter.ts); it cannot stream. The floor rows read and decode without parsing. Each parser and mode ran in a fresh Node process with a ${HEAP_MB / 1024} GB heap limit: one untimed run, sampled for heap (\`heapUsed\` after decoding, after parsing and at each piece; garbage between samples is not seen) and for the process's max RSS, then ${RUNS} timed runs after a full GC each; median shown. ÷ ours compares medians on the same file in this run. "Same cells" compares the count of records, cells and characters with ours.`,
  '',
  ...table,
  '',
  '### Where they read differently from ours',
  '',
  'Each case read whole, and (libraries) streamed in pieces of 1, 2 and 3 characters, so every `\\r\\n`, doubled quote and separator is split somewhere. The libraries were given the separator our `detectSeparator` reads from the header and told to skip empty lines; uDSV reads the header itself. Ours is the reference; "none" means every reading agreed with it.',
  '',
  ...cases,
  '',
  'The two fuzz properties of src/data/import/csv.test.ts, sampled with seed 18. Ours passes both (the round trip is exact); the second only asks that ours never throws, and its texts have no line breaks, so any library that needs one to find the header throws there.',
  '',
  ...fuzz,
  '',
  'Larger texts streamed in realistic pieces (records compared by position with ours reading the whole text):',
  '',
  ...pieces,
  '',
].join('\n');
console.log(section);

if (process.argv.includes('--write')) {
  writeFileSync('docs/benchmarks.md', replaceSection(readFileSync('docs/benchmarks.md', 'utf8'), TITLE, section));
  console.error('wrote the section to docs/benchmarks.md');
}
