import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIncidents } from './parseIncidents';
import { actorCatalogSchema, sourceCatalogSchema } from './sourceCatalog';
import { CSV_COLUMNS, toCsv, toGeoJsonExport } from './exportData';

const { incidents } = parseIncidents(JSON.parse(readFileSync('data/incidents.geojson', 'utf8')));
const sources = new Map(
  sourceCatalogSchema.parse(JSON.parse(readFileSync('data/sources.json', 'utf8'))).sources.map((s) => [s.id, s]),
);
const actors = new Map(
  actorCatalogSchema.parse(JSON.parse(readFileSync('data/actors.json', 'utf8'))).actors.map((a) => [a.id, a]),
);
const ctx = { sources, actors, scope: 'test', datasetVersion: 'v', exportedAt: '2026-11-22T00:00:00Z' };
const strike = incidents.filter((i) => i.id === 'sabratha-us-airstrike-qasr-talil');

/** RFC 4180 reader, written for the test. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV export', () => {
  const csv = toCsv(strike, ctx);
  const [header, row] = readCsv(csv.slice(1));
  const get = (column: string) => row[header.indexOf(column)];

  it('starts with a BOM, quotes every field and ends lines with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(header).toEqual([...CSV_COLUMNS]);
  });

  it('carries the provenance: verbatim excerpt with source and offset, date basis, geocoding, attributed casualties', () => {
    expect(get('excerpts')).toContain(
      '“The mayor of the Libyan city of Sabratha, Hussein al-Thwadi, told Reuters the planes hit a building in the city’s Qasr Talil district, home to many foreigners.” [reuters-2016-02-19-tripoli-sabratha-air-strike @',
    );
    expect(get('date_basis')).toMatch(/'on Friday' in an article of Friday 19 Feb 2016/);
    expect(get('location_precision')).toBe('district');
    expect(get('geocode_source')).toBe('manual');
    expect(get('killed')).toContain('Hussein al-Thwadi, mayor of Sabratha');
    expect(get('sources')).toContain(
      'Reuters: U.S. strikes Islamic State in Libya, killing 40 people (TRIPOLI, 2016-02-19, day)',
    );
    expect(Number(get('longitude'))).toBeCloseTo(12.4512, 4);
    expect([get('provenance'), get('summary'), get('title_made')]).toEqual(['verbatim', '', 'false']);
  });

  it('defuses spreadsheet formulas in any field but keeps negative numbers', () => {
    const [incident] = strike;
    const p = incident.feature.properties;
    const hostile = {
      ...incident,
      lngLat: [-12.5, incident.lngLat[1]] as [number, number],
      feature: {
        ...incident.feature,
        properties: { ...p, title: '=HYPERLINK("http://x")', where: { ...p.where, name: '@SUM(A1)' } },
      },
    };
    const [head, written] = readCsv(toCsv([hostile], ctx).slice(1));
    expect(written[head.indexOf('title')]).toBe('\'=HYPERLINK("http://x")');
    expect(written[head.indexOf('place')]).toBe("'@SUM(A1)");
    expect(written[head.indexOf('longitude')]).toBe('-12.5');
  });
});

describe('GeoJSON export', () => {
  it('holds the features as stored and the sources they cite', () => {
    const out = toGeoJsonExport(strike, ctx);
    expect(out.features).toEqual([strike[0].feature]);
    const cited = [...new Set(strike[0].feature.properties.excerpts.map((e) => e.source))].sort();
    expect(out.sources.map((s) => s.id)).toEqual(cited);
    expect(cited).toContain('reuters-2016-02-19-tripoli-sabratha-air-strike');
    expect(out.sources.every((s) => 'outlet' in s)).toBe(true);
    expect(out.metadata).toMatchObject({ count: 1, scope: 'test' });
  });
});

describe('exports of imported incidents', () => {
  it('cite the file and row they came from, never "missing"', async () => {
    const { importText } = await import('./import/importText');
    const { normalise } = await import('./incidentList');
    const out = importText(
      'id,title,date,lat,lon,excerpt,outlet,url\nm-1,Mine,2016-02-19,32.79,12.48,A quote.,Desk,https://example.org/a\n',
      'mine.csv',
      { datasetId: 'import-mine', fileName: 'mine.csv', places: null, existingIds: new Set() },
    );
    const mine = normalise(out.features, 'import-mine');
    const withImports = { ...ctx, importedSources: new Map(Object.entries(out.sources)) };
    const geojson = toGeoJsonExport(mine, withImports);
    expect(geojson.sources).toEqual([
      {
        id: 'import-mine-r2',
        imported: true,
        fileName: 'mine.csv',
        unit: 'row',
        row: 2,
        outlet: 'Desk',
        url: 'https://example.org/a',
      },
    ]);
    const rows = readCsv(toCsv(mine, withImports).slice(1));
    expect(rows[1][CSV_COLUMNS.indexOf('sources')]).toBe(
      'Desk: mine.csv, row 2 <https://example.org/a> (not checked against an archived text)',
    );
  });
});

describe('grade overrides in the exports', () => {
  const history = [
    { grade: 'fair' as const, reason: 'Two wire services', at: '2026-11-20T10:00:00.000Z' },
    { grade: 'discounted' as const, reason: 'Those killed were fighters', at: '2026-11-21T10:00:00.000Z' },
  ];
  const graded = { ...ctx, gradeHistory: { 'sabratha-us-airstrike-qasr-talil': history } };

  it('carry the override in force and its whole history on the feature, and nothing on features without one', () => {
    const all = incidents.slice(0, 5).concat(strike);
    const out = toGeoJsonExport(all, graded).features as Array<{ properties: Record<string, unknown> }>;
    const withOverride = out.filter((f) => 'gradeOverride' in f.properties);
    expect(withOverride.map((f) => f.properties.id)).toEqual(['sabratha-us-airstrike-qasr-talil']);
    expect(withOverride[0].properties.gradeOverride).toEqual(history[1]);
    expect(withOverride[0].properties.gradeHistory).toEqual(history);
    expect(strike[0].feature.properties).not.toHaveProperty('gradeOverride');
  });

  it('give the override in force in the CSV, and none once it is withdrawn', () => {
    const rows = readCsv(toCsv(strike, graded).slice(1));
    expect(rows[1][CSV_COLUMNS.indexOf('grade_override')]).toBe(
      'discounted: Those killed were fighters (2026-11-21T10:00:00.000Z)',
    );
    const withdrawn = [...history, { grade: null, reason: 'Back to the rule', at: '2026-11-22T10:00:00.000Z' }];
    const again = readCsv(toCsv(strike, { ...ctx, gradeHistory: { [strike[0].id]: withdrawn } }).slice(1));
    expect(again[1][CSV_COLUMNS.indexOf('grade_override')]).toBe('');
  });
});

describe('grades in the exports', () => {
  const suggestedGrade = () => 'confirmed' as const;
  const override = [
    { grade: 'discounted' as const, reason: 'Those killed were fighters', at: '2026-11-21T10:00:00.000Z' },
  ];

  it('carry the grade in force and the suggested one on every feature and CSV row', () => {
    const graded = { ...ctx, suggestedGrade, gradeHistory: { [strike[0].id]: override } };
    const all = incidents.slice(0, 2).concat(strike);
    const out = toGeoJsonExport(all, graded).features.map((f) => f.properties as Record<string, unknown>);
    expect(out.map((p) => [p.grade, p.gradeSuggested])).toEqual([
      ['confirmed', 'confirmed'],
      ['confirmed', 'confirmed'],
      ['discounted', 'confirmed'],
    ]);
    const rows = readCsv(toCsv(all, graded).slice(1));
    expect(
      rows.slice(1).map((r) => [r[CSV_COLUMNS.indexOf('grade')], r[CSV_COLUMNS.indexOf('grade_suggested')]]),
    ).toEqual([
      ['confirmed', 'confirmed'],
      ['confirmed', 'confirmed'],
      ['discounted', 'confirmed'],
    ]);
  });
});
