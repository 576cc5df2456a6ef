import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importText, type ImportContext } from './importText';
import { createPlaceLookup } from './placeLookup';

const places = createPlaceLookup([
  {
    id: 'simplemaps:1',
    name: 'Sabratha',
    country: 'LY',
    lngLat: [12.48, 32.79],
    population: 102_000,
    source: 'simplemaps',
  },
  {
    id: 'simplemaps:2',
    name: 'Tripoli',
    country: 'LY',
    lngLat: [13.18, 32.89],
    population: 1_150_000,
    source: 'simplemaps',
  },
  {
    id: 'simplemaps:3',
    name: 'Tripoli',
    country: 'LB',
    lngLat: [35.85, 34.43],
    population: 730_000,
    source: 'simplemaps',
  },
]);
const ctx = (existing: string[] = []): ImportContext => ({
  datasetId: 'import-sheet',
  fileName: 'sheet.csv',
  places,
  existingIds: new Set(existing),
});
const HEAD = 'id,title,date,latitude,longitude,category,excerpt\n';

describe('importing an analyst sheet', () => {
  it('loads the valid rows and names row, field and reason for the others', () => {
    const csv =
      HEAD +
      'a-1,Strike,2016-02-19,32.79,12.48,airstrike,"as many as 40 people"\n' +
      'a-2,Bad lat,2016-02-19,132.5,12.48,attack,quote\n' +
      'a-3,Bad date,19/02/2016,32.79,12.48,attack,quote\n' +
      'a-4,No quote,2016-02-19,32.79,12.48,attack,\n';
    const out = importText(csv, 'sheet.csv', ctx());
    expect(out.features.map((f) => [f.properties.id, f.properties.provenance])).toEqual([
      ['a-1', 'quoted'],
      ['a-4', 'none'],
    ]);
    expect(out.problems.map((p) => `row ${p.row}: ${p.field} ${p.reason}`)).toEqual([
      'row 3: latitude 132.5 is out of range (−90 to 90); are latitude and longitude swapped?',
      'row 4: date "19/02/2016" could be read day-first or month-first; write it as YYYY-MM-DD',
    ]);
  });

  it('derives the provenance honestly: the file’s excerpt is quoted, its note a summary, neither none', () => {
    const csv =
      'title,date,latitude,longitude,excerpt,notes\n' +
      'Q,2016-02-19,32.79,12.48,"A quote.",a note\n' +
      'S,2016-02-19,32.79,12.48,,Coder says a strike hit the market.\n' +
      'N,2016-02-19,32.79,12.48,,\n';
    const out = importText(csv, 'sheet.csv', ctx());
    expect(out.features.map((f) => [f.properties.title, f.properties.provenance, f.properties.summary?.text])).toEqual([
      ['Q', 'quoted', undefined],
      ['S', 'summary', 'Coder says a strike hit the market.'],
      ['N', 'none', undefined],
    ]);
    expect(out.features[0].properties.notes).toMatch(/^a note/);
  });

  it('loads a five-column sheet of date, latitude, longitude, event_type and notes, with a title it marks as made', () => {
    const csv =
      'date,latitude,longitude,event_type,notes\n' +
      '2024-01-15,36.2,37.1,Battles,Clashes between two armed groups.\n' +
      '2024-01-16,36.3,37.2,Protests,\n';
    const out = importText(csv, 'five.csv', ctx());
    expect(out.problems).toEqual([]);
    expect(
      out.features.map((f) => [
        f.properties.title,
        f.properties.titleMade,
        f.properties.category,
        f.properties.provenance,
      ]),
    ).toEqual([
      ['Battles at 36.2, 37.1, 2024-01-15', true, 'clashes', 'summary'],
      ['Protests at 36.3, 37.2, 2024-01-16', true, 'other', 'none'],
    ]);
    expect(out.profile).toEqual({ id: 'plain', label: 'Spreadsheet (columns matched by name)', detected: true });
  });

  it('says when latitude and longitude look swapped', () => {
    const out = importText(`${HEAD}s,Swapped,2016-02-19,112.48,32.79,attack,q\n`, 'sheet.csv', ctx());
    expect(out.problems[0].reason).toMatch(/swapped/);
  });

  it('records how each value was obtained: coordinates as given, the date basis and a missing publication date', () => {
    const [f] = importText(`${HEAD}a-1,Strike,2016-02-19,32.79,12.48,airstrike,q\n`, 'sheet.csv', ctx()).features;
    expect(f.properties.where.geocode).toEqual({ source: 'manual', ref: 'coordinates as given in sheet.csv' });
    expect(f.properties.when).toMatchObject({
      start: '2016-02-19',
      precision: 'day',
      basis: 'as given in sheet.csv, row 2',
    });
    expect(f.properties.notes).toMatch(/no publication date/);
  });

  it('geocodes place names offline, with the gazetteer entry, and refuses ambiguous names without a country', () => {
    const csv =
      'title,date,place,country,excerpt\nA,2016-02-19,Sabratha,,q\nB,2016-02-20,Tripoli,,q\nC,2016-02-21,Tripoli,LY,q\nD,2016-02-22,Atlantis,,q\n';
    const out = importText(csv, 'sheet.csv', ctx());
    expect(
      out.features.map((f) => [
        f.properties.title,
        f.properties.where.name,
        f.properties.where.country,
        f.properties.where.geocode.source,
      ]),
    ).toEqual([
      ['A', 'Sabratha', 'LY', 'simplemaps'],
      ['C', 'Tripoli', 'LY', 'simplemaps'],
    ]);
    expect(out.problems.map((p) => [p.row, p.field])).toEqual([
      [3, 'place'],
      [5, 'place'],
    ]);
    expect(out.problems[0].reason).toMatch(/several places.*Tripoli, LY.*Tripoli, LB/);
  });

  it('handles semicolons with decimal commas, and a BOM with CRLF', () => {
    const semi = importText('title;date;lat;lon;excerpt\nA;2016-02-19;32,79;12,48;q\n', 's.csv', ctx());
    expect(semi.features[0].geometry.coordinates).toEqual([12.48, 32.79]);
    const bom = importText(
      `\uFEFF${HEAD.replace(/\n/, '\r\n')}a,A,2016-02-19,32.79,12.48,attack,q\r\n`,
      'b.csv',
      ctx(),
    );
    expect(bom.features).toHaveLength(1);
  });

  it('reports duplicate ids in the file and against what is loaded, keeping the first', () => {
    const csv = `${HEAD}x,One,2016-02-19,1,1,attack,q\nx,Two,2016-02-19,1,1,attack,q\nloaded,Three,2016-02-19,1,1,attack,q\n`;
    const out = importText(csv, 'sheet.csv', ctx(['loaded']));
    expect(out.features.map((f) => f.properties.title)).toEqual(['One']);
    expect(out.problems.map((p) => p.reason)).toEqual([
      '"x" is already used by row 2 of this file',
      '"loaded" is already used by an incident that is loaded (the bundled data or an earlier import); give it another id',
    ]);
  });

  it('refuses empty, binary and broken JSON files with a reason', () => {
    expect(importText('  \n', 'e.csv', ctx()).problems[0].reason).toMatch(/empty/);
    expect(importText('\u0000\u0001\u0002\uFFFD'.repeat(100), 'x.bin', ctx()).problems[0].reason).toMatch(
      /does not look like text/,
    );
    expect(importText('{"type":"FeatureCollection","features":[', 't.geojson', ctx()).problems[0].reason).toMatch(
      /cut short/,
    );
    expect(importText('{"type": }', 'm.json', ctx()).problems[0].reason).toBe(
      'is not valid JSON: line 1, column 10, at "}"',
    );
  });

  it('finds where broken JSON goes wrong, for any valid JSON cut or corrupted', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), (json, cut) => {
        const text = `[${json}, }`;
        const out = importText(text, 'x.json', ctx());
        expect(out.features).toEqual([]);
        expect(out.problems[0].reason).toMatch(/^is not valid JSON: line 1, column \d+|cut short/);
        void cut;
      }),
      { numRuns: 200 },
    );
  });

  it('takes GeoJSON with loose properties, and names a wrong geometry', () => {
    const gj = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [12.48, 32.79] },
          properties: { title: 'A', date: '2016-02-19', quote: 'q' },
        },
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
          properties: { title: 'B' },
        },
      ],
    });
    const out = importText(gj, 'x.geojson', ctx());
    expect(out.features).toHaveLength(1);
    expect(out.problems).toEqual([
      { row: 2, field: 'geometry', reason: 'must be a Point; this feature is a LineString' },
    ]);
  });

  it('keeps markup in titles as plain text, unchanged', () => {
    const out = importText(
      `${HEAD}x,<img src=x onerror=alert(1)>,2016-02-19,1,1,attack,<script>alert(1)</script>\n`,
      's.csv',
      ctx(),
    );
    expect(out.features[0].properties.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('fuzz: every data row ends up either loaded or reported, never both, never invented', () => {
    const value = fc.oneof(
      fc.constantFrom('', '2016-02-19', '32.79', '132', 'x', 'airstrike', 'Tripoli', '<b>', '"q"'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(value, { minLength: 7, maxLength: 7 }), { maxLength: 15 }), (rows) => {
        const csv = HEAD + rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n') + '\n';
        const out = importText(csv, 's.csv', ctx());
        const loadedRows = out.features.map((f) => Number(/row (\d+)/.exec(f.properties.when.basis)![1]));
        const reportedRows = new Set(out.problems.filter((p) => p.row > 0).map((p) => p.row));
        expect(loadedRows.length + reportedRows.size).toBe(out.total);
        for (const r of loadedRows) expect(reportedRows.has(r)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
