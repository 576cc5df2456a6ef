import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvPieces } from './importCsvPieces';
import { importText, type ImportContext } from './importText';
import { synthShape } from './profiles/synthShapes';

const ctx = (rows?: number): ImportContext => ({
  datasetId: 'import-sheet',
  fileName: 'sheet.csv',
  places: null,
  existingIds: new Set(['taken-1']),
  ...(rows === undefined ? {} : { limits: { rows } }),
});

function inPieces(text: string, cuts: number[], rows?: number) {
  const pieces = new CsvPieces(ctx(rows));
  let at = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)) {
    pieces.push(text.slice(at, cut));
    at = cut;
  }
  pieces.push(text.slice(at));
  return pieces.finish();
}

const fixture = (name: string) => readFileSync(`e2e/fixtures/${name}`, 'utf8');

describe('a CSV file read in pieces as it streams in', () => {
  it('gives what importing the whole text gives, for the fixture sheets and each published shape', () => {
    const texts = ['analyst-sheet-200.csv', 'bom-crlf.csv', 'semicolon.csv', 'swapped-coords.csv', 'header-only.csv']
      .map(fixture)
      .concat((['acled', 'ucdp', 'gdelt', 'plain'] as const).map((format) => synthShape(format, 300, 7)));
    for (const text of texts) {
      const whole = importText(text, 'sheet.csv', ctx());
      expect(whole.features.length + whole.problems.length).toBeGreaterThan(0);
      for (const size of [1000, 4096, 65_536]) {
        const cuts = Array.from({ length: Math.ceil(text.length / size) }, (_, i) => i * size);
        expect(inPieces(text, cuts)).toEqual(whole);
      }
    }
  });

  it('refuses what importText refuses (empty, not text, past the row limit), and stops reading at the limit', () => {
    expect(inPieces('  \n\r\n ', [2]).problems[0].reason).toMatch(/^is empty/);
    expect(inPieces('\u0001\u0002'.repeat(3000), [10, 5000]).problems[0].reason).toMatch(/does not look like text/);
    const long = `id,title,date,latitude,longitude\n${'x,t,2016-02-19,32.7,12.4\n'.repeat(50)}`;
    expect(inPieces(long, [40, 300], 10)).toEqual(importText(long, 'sheet.csv', ctx(10)));
    const pieces = new CsvPieces(ctx(10));
    pieces.push(long.slice(0, 400));
    expect(pieces.done).toBe(true);
  });

  it('fuzz: any short text, cut anywhere, gives the same outcome as the whole text', () => {
    const cell = fc.constantFrom('a', '2016-02-19', '32.7', ' ', ',', '"', '\n', '\r\n', 'x', 'é', '');
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 6 }), (cells, cuts) => {
        const text = `id,title,date,latitude,longitude\n${cells.join('')}`;
        expect(inPieces(text, cuts)).toEqual(importText(text, 'sheet.csv', ctx()));
      }),
      { numRuns: 300 },
    );
  });
});
