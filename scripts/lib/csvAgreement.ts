/**
 * Where the CSV candidates read differently from ours (src/data/import/csv.ts): named tricky cases,
 * then the two fuzz properties of src/data/import/csv.test.ts with a fixed seed. Each library is read
 * whole and, where it streams, in pieces of 1, 2 and 3 characters (splitting every `\r\n`, every
 * doubled quote and every separator somewhere). Ours is the reference: it passes those fuzz tests.
 */
import fc from 'fast-check';
import { csvCell, type Separator } from '../../src/data/import/csv';
import { synthShape } from '../../src/data/import/profiles/synthShapes';
import { CANDIDATES, inPieces, type ParsedCsv } from './csvCandidates';

export const CASES: Array<[string, string]> = [
  ['quoted comma', 'a,b\n"x, y",2\n'],
  ['quoted LF inside a field', 'a,b\n"one\ntwo",2\n'],
  ['quoted CRLF inside a field', 'a,b\r\n"one\r\ntwo",2\r\n'],
  ['doubled quotes', 'a,b\n"he said ""no""",""""\n'],
  ['BOM before the header', '\uFEFFa,b\n1,2\n'],
  ['CRLF line ends', 'a,b\r\n1,2\r\n3,4\r\n'],
  ['no trailing newline', 'a,b\n1,2'],
  ['several trailing newlines', 'a,b\n1,2\n\n\n'],
  ['blank line between rows', 'a,b\n1,2\n\n3,4\n'],
  ['line of only spaces', 'a,b\n1,2\n   \n3,4\n'],
  ['ragged: short and long rows', 'a,b,c\n1\n1,2,3,4\n'],
  ['empty fields', 'a,b,c\n,,\n1,,3\n1,2,\n'],
  ['quoted empty field', 'a,b\n"",x\n'],
  ['quoted spaces only', 'a,b\n"  ",x\n'],
  ['spaces around unquoted cells', 'a,b\n  1 , 2  \n'],
  ['header cells with spaces', ' title , place \nA,B\n'],
  ['semicolons, decimal commas', 'title;lat\nA;32,79\n'],
  ['tabs', 'title\tlat\nA\t32.7\n'],
  ['mixed CRLF and LF', 'a,b\r\n1,2\n3,4\r\n'],
  ['lone CR line ends', 'a,b\r1,2\r3,4\r'],
  ['quote inside an unquoted cell', 'a,b\nsay "hi" now,2\n'],
  ['text after a closing quote', 'a,b\n"ab"c,2\n'],
  ['quote never closed', 'a,b\n1,"open\n2,3\n'],
  ['non-Latin text and emoji', 'a,b\nحلب,"🙂, é"\n'],
  ['header only, no newline', 'a,b'],
  ['empty input', ''],
];

const CHUNK_SIZES = [1, 2, 3];
type Outcome = ParsedCsv | { threw: string };
const show = (o: Outcome) => JSON.stringify('threw' in o ? o : [o.header, ...o.rows]);

async function readings(text: string): Promise<Map<string, Outcome>> {
  const out = new Map<string, Outcome>();
  const attempt = async (key: string, read: () => ParsedCsv | Promise<ParsedCsv>) => {
    try {
      out.set(key, await read());
    } catch (error) {
      out.set(key, { threw: error instanceof Error ? error.message : String(error) });
    }
  };
  for (const c of CANDIDATES) {
    await attempt(`${c.id} whole`, () => c.whole(text));
    const stream = c.stream;
    if (!stream) continue;
    for (const size of CHUNK_SIZES) await attempt(`${c.id} stream/${size}`, () => stream(inPieces(text, size)));
  }
  return out;
}

/** For one text: what ours read, and each reading that differs from it. */
async function disagreements(text: string) {
  const all = await readings(text);
  const ours = show(all.get('ours whole')!);
  return {
    ours,
    differ: [...all].filter(([, o]) => show(o) !== ours).map(([reader, o]) => ({ reader, got: show(o) })),
  };
}

export async function caseReport(): Promise<string[]> {
  const lines = ['| case | input | ours | readings that differ from ours |', '| --- | --- | --- | --- |'];
  for (const [name, text] of CASES) {
    const { ours, differ } = await disagreements(text);
    const cell = (s: string) => `\`${s.replace(/\|/g, '\\|').replace(/\r/g, '\\r').replace(/\n/g, '\\n')}\``;
    const diff = differ.map((d) => `${d.reader}: ${cell(d.got)}`).join('<br>') || 'none';
    lines.push(`| ${name} | ${cell(JSON.stringify(text).slice(1, -1))} | ${cell(ours)} | ${diff} |`);
  }
  return lines;
}

const fuzzCell = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', '\n', '\r', 'é', '<', '1', '.'),
  maxLength: 8,
});
/** The round-trip property of csv.test.ts: a table written with csvCell reads back unchanged. */
const roundTrips = fc
  .tuple(
    fc.constantFrom(',' as const, ';' as const),
    fc.integer({ min: 2, max: 4 }),
    fc.array(fc.array(fuzzCell, { minLength: 4, maxLength: 4 }), { maxLength: 12 }),
    fc.boolean(),
  )
  .map(([sep, width, rows, crlf]) => {
    const header = Array.from({ length: width }, (_, i) => `h${i}`);
    return writeTable(
      header,
      rows.map((r) => r.slice(0, width)),
      sep,
      crlf ? '\r\n' : '\n',
    );
  });
function writeTable(header: string[], body: string[][], sep: Separator, nl: string) {
  return [header, ...body].map((r) => r.map((c) => csvCell(c, sep)).join(sep)).join(nl) + nl;
}

/** Per reading: how many of the generated texts it reads differently from ours, and the shortest such text. */
export async function fuzzReport(seed: number): Promise<string[]> {
  const lines = ['| property | runs | reading | texts read differently from ours | shortest such text |'];
  lines.push('| --- | ---: | --- | ---: | --- |');
  const properties: Array<[string, string[]]> = [
    ['round trip (csvCell tables)', fc.sample(roundTrips, { numRuns: 400, seed })],
    ['arbitrary text ≤ 200 chars', fc.sample(fc.string({ maxLength: 200 }), { numRuns: 500, seed })],
  ];
  for (const [name, texts] of properties) {
    const tally = new Map<string, { count: number; threw: number; shortest: string }>();
    for (const text of texts) {
      for (const { reader, got } of (await disagreements(text)).differ) {
        const t = tally.get(reader) ?? { count: 0, threw: 0, shortest: text };
        t.count++;
        if (got.startsWith('{"threw"')) t.threw++;
        if (text.length < t.shortest.length) t.shortest = text;
        tally.set(reader, t);
      }
    }
    const readers = [...(await readings('a,b\n1,2\n')).keys()].filter((r) => r !== 'ours whole');
    for (const r of readers) {
      const t = tally.get(r);
      const example = t ? `\`${JSON.stringify(t.shortest).replace(/\|/g, '\\|')}\`` : '—';
      lines.push(`| ${name} | ${texts.length} | ${r} | ${t?.count ?? 0} (${t?.threw ?? 0} threw) | ${example} |`);
    }
  }
  return lines;
}

/**
 * Files of a realistic size streamed in realistic pieces: a chunk boundary then falls somewhere in
 * a line end or a quoted field now and then, as it would in a worker. Counts the records each
 * streaming reader reads differently from ours (by position), and any difference in their number.
 */
export async function piecesReport(seed: number): Promise<string[]> {
  const acled = synthShape('acled', 3_000, seed);
  const cells = fc.sample(fc.array(fuzzCell, { minLength: 4, maxLength: 4 }), { numRuns: 3_000, seed });
  const texts: Array<[string, string]> = [
    ['ACLED-shaped, 3,000 rows, LF', acled],
    ['ACLED-shaped, 3,000 rows, CRLF', acled.replace(/\n/g, '\r\n')],
    ['fuzz cells (quotes, CR, LF inside), 3,000 rows, CRLF', writeTable(['a', 'b', 'c', 'd'], cells, ',', '\r\n')],
  ];
  const lines = ['| text | characters | piece size | reader | records | records read differently from ours |'];
  lines.push('| --- | ---: | ---: | --- | ---: | ---: |');
  for (const [name, text] of texts) {
    const ours = CANDIDATES[0].whole(text).rows.map((r) => JSON.stringify(r));
    for (const size of [65_536, 4_099]) {
      for (const c of CANDIDATES) {
        if (!c.stream) continue;
        const rows = (await c.stream(inPieces(text, size))).rows.map((r) => JSON.stringify(r));
        const differ = rows.filter((r, i) => r !== ours[i]).length + Math.max(0, ours.length - rows.length);
        lines.push(`| ${name} | ${text.length} | ${size} | ${c.id} stream | ${rows.length} | ${differ} |`);
      }
    }
  }
  return lines;
}
