import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, detectSeparator, parseCsv } from './csv';

describe('CSV reader', () => {
  it('reads a BOM, CRLF line ends and quoted fields with commas, quotes and line breaks', () => {
    const table = parseCsv('\uFEFFtitle,excerpt\r\n"Strike, west","He said ""no""\r\nthen left"\r\nSecond,plain\r\n');
    expect(table.header).toEqual(['title', 'excerpt']);
    expect(table.records).toEqual([
      { row: 2, cells: ['Strike, west', 'He said "no"\r\nthen left'] },
      { row: 4, cells: ['Second', 'plain'] },
    ]);
  });

  it('takes ; as the separator when the header uses it, keeping decimal commas in cells', () => {
    const table = parseCsv('title;lat;lon\nA;32,79;12,48\n');
    expect(table.separator).toBe(';');
    expect(table.records[0].cells).toEqual(['A', '32,79', '12,48']);
  });

  it('ignores separators inside quotes when choosing one', () => {
    expect(detectSeparator('"a;b;c",d\n')).toBe(',');
  });

  it('says so when a quote is never closed', () => {
    const table = parseCsv('title,excerpt\nA,"never closed\nB,x\n');
    expect(table.problems[0]).toMatchObject({ row: 2 });
    expect(table.problems[0].reason).toMatch(/never closed/);
  });

  it('skips blank lines but keeps rows of empty cells, numbering rows as a spreadsheet does', () => {
    const table = parseCsv('a,b\n\n,\nx,y\n');
    expect(table.records).toEqual([
      { row: 3, cells: ['', ''] },
      { row: 4, cells: ['x', 'y'] },
    ]);
  });

  // The separator is read from the header, so the tables have at least two columns.
  it('fuzz: any table written with csvCell reads back unchanged: no row lost or invented, no crash', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', '\n', '\r', 'é', '<', '1', '.'),
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fc.constantFrom(',' as const, ';' as const),
        fc.integer({ min: 2, max: 4 }),
        fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { maxLength: 12 }),
        fc.boolean(),
        (sep, width, rows, crlf) => {
          const header = Array.from({ length: width }, (_, i) => `h${i}`);
          const body = rows.map((r) => r.slice(0, width));
          const nl = crlf ? '\r\n' : '\n';
          const text = [header, ...body].map((r) => r.map((c) => csvCell(c, sep)).join(sep)).join(nl) + nl;
          const table = parseCsv(text);
          expect(table.header).toEqual(header);
          expect(table.records.map((r) => r.cells)).toEqual(body);
          expect(table.problems).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('fuzz: arbitrary text never throws and every record has at least one cell', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const table = parseCsv(text);
        for (const r of table.records) expect(r.cells.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('stops reading as soon as it has passed the row limit, and says it stopped', () => {
    const counted: number[] = [];
    const table = parseCsv(`a,b\n${'1,2\n'.repeat(1_000_000)}`, {
      maxRecords: 1_000,
      onRecords: (n) => counted.push(n),
    });
    expect(table.records).toHaveLength(1_001);
    expect(table.stopped).toBe(true);
    expect(Math.max(...counted)).toBe(1_001);
    expect(parseCsv('a,b\n1,2\n', { maxRecords: 1 }).stopped).toBe(false);
  });
});
