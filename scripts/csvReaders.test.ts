/**
 * The sliced, streaming CSV reader (src/data/import/csvReader.ts) against the reader it replaced
 * (scripts/lib/csvByCharacter.ts): for any text, read whole or cut into pieces anywhere, the same
 * separator, header, records with their spreadsheet rows, problems, row-limit stop and progress counts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, type CsvOptions, type CsvTable } from '../src/data/import/csv';
import { CsvReader } from '../src/data/import/csvReader';
import { parseCsvByCharacter } from './lib/csvByCharacter';
import { CASES } from './lib/csvAgreement';

function readInPieces(text: string, cuts: number[], options: CsvOptions = {}): CsvTable {
  const records: CsvTable['records'] = [];
  const reader = new CsvReader((r) => records.push(r), options);
  let at = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)) {
    reader.push(text.slice(at, cut));
    at = cut;
  }
  reader.push(text.slice(at));
  reader.end();
  const { separator, header, problems, stopped } = reader;
  return { separator: separator!, header: header ?? [], records, problems, stopped };
}

/** Text made mostly of what CSV treats specially, so that every rule is met often. */
const csvish = fc.string({
  unit: fc.constantFrom('a', 'b', ' ', ',', ';', '\t', '"', '"', '\n', '\r', '\r\n', 'é', '\uFEFF', '\u00a0', '1'),
  maxLength: 120,
});

describe('the sliced, streaming CSV reader reads exactly as the character-by-character one did', () => {
  it('on the named tricky cases, read whole and in pieces of 1, 2 and 3 characters', () => {
    for (const [name, text] of CASES) {
      const expected = parseCsvByCharacter(text);
      expect(parseCsv(text), name).toEqual(expected);
      for (const size of [1, 2, 3]) {
        const cuts = Array.from({ length: Math.ceil(text.length / size) }, (_, i) => i * size);
        expect(readInPieces(text, cuts), `${name}, pieces of ${size}`).toEqual(expected);
      }
    }
  });

  it('fuzz: any text, whole or cut anywhere, with and without a row limit, gives the same table and counts', () => {
    fc.assert(
      fc.property(
        csvish,
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        (text, cuts, maxRecords) => {
          const counts = (read: (o: CsvOptions) => CsvTable) => {
            const seen: number[] = [];
            const table = read({ maxRecords, onRecords: (n) => seen.push(n) });
            return { table, last: seen.at(-1) };
          };
          const expected = counts((o) => parseCsvByCharacter(text, o));
          expect(counts((o) => parseCsv(text, o))).toEqual(expected);
          expect(counts((o) => readInPieces(text, cuts, o))).toEqual(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads a quote that is never closed, over thousands of pieces, in linear time', () => {
    const text = `a,b\n1,"${'x'.repeat(200_000)}`;
    const reader = new CsvReader(() => undefined);
    for (let i = 0; i < text.length; i += 64) reader.push(text.slice(i, i + 64));
    reader.end();
    expect(reader.count).toBe(1);
    expect(reader.problems).toHaveLength(1);
    // Re-reading the open record at every piece would scan about 300 million characters.
    expect(reader.scanned).toBeLessThan(4 * text.length);
  });
});
