/** What a hostile or careless file does to an import: every echo capped, every limit checked early, every reason real. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importText, type ImportContext } from './importText';

const ctx = (extra: Partial<ImportContext> = {}): ImportContext => ({
  datasetId: 'import-sheet',
  fileName: 'sheet.csv',
  places: null,
  existingIds: new Set(),
  ...extra,
});
const HEAD = 'id,title,date,lat,lon,excerpt\n';
const fileReasons = (out: ReturnType<typeof importText>) =>
  out.problems.filter((p) => p.row === 0).map((p) => p.reason);

describe('control characters', () => {
  it('never lets a NUL reach a title or a quote, and says which row and field lost what', () => {
    const out = importText(
      `${HEAD}n-1,Title\u0000with\u0000NULs,2016-02-19,32.79,12.48,A quote.\u0000\u0007\n`,
      's.csv',
      ctx(),
    );
    expect(out.features[0].properties.title).toBe('TitlewithNULs');
    expect(out.features[0].properties.excerpts[0].quote).toBe('A quote.');
    expect(out.notes.map((n) => `row ${n.row}: ${n.field} ${n.reason}`)).toEqual([
      'row 2: title had 2 control characters (U+0000) that were removed',
      'row 2: excerpt had 2 control characters (U+0000, U+0007) that were removed',
    ]);
  });

  it('keeps line breaks and tabs inside a quote', () => {
    const out = importText(`${HEAD}n-1,T,2016-02-19,32.79,12.48,"one\n\ttwo"\n`, 's.csv', ctx());
    expect(out.features[0].properties.excerpts[0].quote).toBe('one\n\ttwo');
    expect(out.notes).toEqual([]);
  });

  it('cleans GeoJSON in our schema too, and loose JSON records', () => {
    const schema = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [12.48, 32.79] },
      properties: {
        id: 'g-1',
        title: 'Bad\u0000title',
        category: 'attack',
        when: { start: '2016-02-19', precision: 'day', basis: 'given' },
        reported: '2016-02-19',
        where: { asWritten: 'X', name: 'X', country: 'LY', precision: 'city', geocode: { source: 'manual', ref: 'r' } },
        excerpts: [{ source: 'import-sheet-own', quote: 'q\u0000', offset: 0 }],
      },
    };
    const gj = importText(JSON.stringify({ type: 'FeatureCollection', features: [schema] }), 'x.geojson', ctx());
    expect(gj.features[0].properties.title).toBe('Badtitle');
    expect(gj.features[0].properties.excerpts[0].quote).toBe('q');
    expect(gj.notes.map((n) => [n.row, n.field])).toEqual([
      [1, 'title'],
      [1, 'excerpts.0.quote'],
    ]);
    const loose = importText(
      JSON.stringify([{ title: 'Loose\u0000', date: '2016-02-19', lat: 1, lon: 1, quote: 'q' }]),
      'x.json',
      ctx(),
    );
    expect(loose.features[0].properties.title).toBe('Loose');
    expect(loose.notes.map((n) => [n.row, n.field])).toEqual([[1, 'title']]);
  });

  it('fuzz: no control character other than tab and line breaks survives into any text of a loaded incident', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', ' ', '\u0000', '\u0001', '\u001b', '\u007f', '\u0085', 'é'),
      maxLength: 8,
    });
    fc.assert(
      fc.property(cell, cell, (title, quote) => {
        const csv = `${HEAD}x,x${title},2016-02-19,1,1,"q${quote}"\n`;
        const out = importText(csv, 's.csv', ctx());
        for (const f of out.features) {
          expect(JSON.stringify(f)).not.toMatch(/\\u00[01][0-8bcef]|\\u001[0-9a-f]|\u007f|\u0085/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('whole-file reasons', () => {
  it('says a header-only CSV has a header and no rows', () => {
    expect(fileReasons(importText(HEAD, 'h.csv', ctx()))).toEqual([
      'has a header row (id, title, date, lat, lon, excerpt) but no rows below it: there is nothing to import',
    ]);
  });

  it('says a collection or a list with nothing in it is empty', () => {
    expect(fileReasons(importText('{"type":"FeatureCollection","features":[]}', 'e.geojson', ctx()))).toEqual([
      'is a GeoJSON FeatureCollection with no features: there is nothing to import',
    ]);
    expect(fileReasons(importText('[]', 'e.json', ctx()))).toEqual([
      'is an empty JSON list: there is nothing to import',
    ]);
  });

  it('names the columns a sheet lacks', () => {
    expect(fileReasons(importText('title,place\nA,Sabratha\n', 's.csv', ctx()))).toEqual([]);
    expect(importText('title,place\nA,Sabratha\n', 's.csv', ctx()).problems).toEqual([
      { row: 1, field: 'header', reason: 'has no column for the date; found: title, place' },
    ]);
  });

  it('reports where truncated, deeply nested JSON was cut, not "line 1, column 1"', () => {
    const text = `{"type": "FeatureCollection", "features":\n${'['.repeat(100_000)}`;
    expect(fileReasons(importText(text, 'deep.json', ctx()))).toEqual([
      'ends at line 2, column 100001 before its JSON is complete; was it cut short?',
    ]);
  });

  it('reads a feature whose property nests 100,000 lists deep as a problem of that feature, not a crash', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const loose = (title: string, notes = '"n"') =>
      `{"type":"Feature","geometry":{"type":"Point","coordinates":[1,1]},"properties":{"title":"${title}","date":"2016-02-19","quote":"q","notes":${notes}}}`;
    const text = `{"type":"FeatureCollection","features":[${loose('ok')},${loose('deep', deep)}]}`;
    const out = importText(text, 'x.geojson', ctx());
    expect(out.features.map((f) => f.properties.title)).toEqual(['ok']);
    expect(out.problems).toEqual([{ row: 2, field: 'notes', reason: 'nests too deeply to be read as text' }]);
  });
});

describe('caps and limits', () => {
  it('lists at most 50 unused columns, counting all of them, however many records bring new ones', () => {
    const records = Array.from({ length: 5_000 }, (_, i) => ({
      title: 't',
      date: '2016-02-19',
      lat: 1,
      lon: 1,
      quote: 'q',
      [`extra${i}`]: 1,
    }));
    const out = importText(JSON.stringify(records), 'x.json', ctx());
    expect(out.features).toHaveLength(5_000);
    expect(out.unusedColumns).toHaveLength(50);
    expect(out.unusedColumns.slice(0, 2)).toEqual(['extra0', 'extra1']);
    expect(out.unusedColumnsTotal).toBe(5_000);
  });

  it('echoes a header of 20,000 columns in a few hundred characters', () => {
    const header = Array.from({ length: 20_000 }, (_, i) => `column ${i} ${'x'.repeat(100)}`);
    const out = importText(`${header.join(',')}\n${header.map(() => 'v').join(',')}\n`, 'w.csv', ctx());
    const reason = out.problems.find((p) => p.field === 'header')!.reason;
    expect(reason.length).toBeLessThan(2_000);
    expect(reason).toMatch(/and 19,980 more$/);
    expect(out.unusedColumns.length).toBeLessThanOrEqual(50);
    expect(out.unusedColumnsTotal).toBe(20_000);
  });

  it('quotes at most 60 characters of a cell in a reason', () => {
    const out = importText(
      `title,date,lat,lon,excerpt,category\nA,2016-02-19,1,1,q,${'z'.repeat(100_000)}\n`,
      's.csv',
      ctx(),
    );
    expect(out.problems[0].field).toBe('category');
    expect(out.problems[0].reason.length).toBeLessThan(200);
    expect(out.problems[0].reason).toMatch(/^"z{60}…" is not one of/);
  });

  it('refuses a file over the row limit as soon as the parser passes it', () => {
    const counts: number[] = [];
    const text = HEAD + 'a,b,2016-02-19,1,1,q\n'.repeat(200_000);
    const out = importText(text, 'big.csv', ctx({ limits: { rows: 1_000 }, onParsing: (n) => counts.push(n) }));
    expect(fileReasons(out)).toEqual(['has more than 1,000 rows; the limit is 1,000. Split it into smaller files.']);
    expect(Math.max(...counts)).toBe(1_001);
    expect(out.features).toEqual([]);
  });
});
