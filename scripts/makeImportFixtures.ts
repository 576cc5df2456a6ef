/**
 * `npx tsx scripts/makeImportFixtures.ts`: writes the import test corpus in e2e/fixtures/, the
 * same every time. The 200-row analyst sheet has exactly three bad rows (rows 15, 78 and 141 in
 * spreadsheet numbering) and one title carrying an HTML payload; the rest are small hostile files.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const out = (name: string, text: string | Buffer) => writeFileSync(`e2e/fixtures/${name}`, text);
const PLACES: Array<[string, number, number]> = [
  ['Sabratha', 32.79, 12.48],
  ['Sirte', 31.21, 16.59],
  ['Benghazi', 32.12, 20.07],
  ['Aleppo', 36.2, 37.16],
  ['Deir ez-Zor', 35.34, 40.14],
  ['Basra', 30.51, 47.81],
];
const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

const rows = ['id,title,date,latitude,longitude,place,country,category,excerpt,outlet,url'];
for (let i = 1; i <= 200; i++) {
  const [place, lat, lon] = PLACES[i % PLACES.length];
  const day = String(1 + (i % 28)).padStart(2, '0');
  const cells = [
    `sheet-${i}`,
    `Reported incident ${i} near ${place}`,
    `2016-02-${day}`,
    (lat + (i % 7) * 0.01).toFixed(4),
    (lon + (i % 5) * 0.01).toFixed(4),
    place,
    '',
    ['attack', 'airstrike', 'clashes', 'siege'][i % 4],
    `Witnesses described incident ${i} near ${place}.`,
    'Analyst desk',
    'https://example.org/report',
  ];
  const row = i + 1;
  if (row === 15) cells[3] = '132.5';
  if (row === 78) cells[2] = '2016-02-30';
  if (row === 141) cells[8] = '';
  if (row === 100) cells[1] = '<img src=x onerror=alert(1)>';
  if (row === 101) cells[10] = 'javascript:alert(1)';
  rows.push(cells.map(q).join(','));
}
out('analyst-sheet-200.csv', `${rows.join('\n')}\n`);

const feature = (
  props: Record<string, unknown>,
  geometry: unknown = { type: 'Point', coordinates: [12.48, 32.79] },
) => ({ type: 'Feature', geometry, properties: props });
const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features }, null, 1);
const good = (id: string) => ({ id, title: `Good ${id}`, date: '2016-02-19', quote: 'A verbatim line.' });

out('malformed.json', '{"type": "FeatureCollection", "features": [\n  {"type": "Feature",, "properties": {}}\n]}\n');
out('truncated.geojson', fc([feature(good('t-1')), feature(good('t-2'))]).slice(0, 150));
out(
  'wrong-geometry.geojson',
  fc([
    feature(good('g-1')),
    feature(good('g-2'), {
      type: 'LineString',
      coordinates: [
        [12, 32],
        [13, 33],
      ],
    }),
    feature(good('g-3'), { type: 'Polygon', coordinates: [] }),
  ]),
);
out(
  'swapped-coords.csv',
  'id,title,date,latitude,longitude,excerpt\nok-1,Fine,2016-02-19,32.79,12.48,A quote.\nsw-1,Swapped,2016-02-19,112.48,32.79,A quote.\nout-1,Out of range,2016-02-19,-95,12.48,A quote.\n',
);
out(
  'missing-excerpts.geojson',
  fc([
    feature(good('m-1')),
    feature({ id: 'm-2', title: 'No quote', date: '2016-02-19' }),
    feature({ id: 'm-3', title: 'Blank quote', date: '2016-02-19', quote: '   ' }),
  ]),
);
const xss = '<script>alert(1)</script><img src=x onerror=alert(2)>';
out(
  'xss.geojson',
  fc([
    feature({
      id: 'xss-1',
      title: `${xss} title`,
      date: '2016-02-19',
      place: `${xss} place`,
      quote: `${xss} quote`,
      notes: `${xss} notes`,
      outlet: `${xss} outlet`,
      url: 'javascript:alert(3)',
    }),
  ]),
);
out(
  'duplicates.geojson',
  fc([
    feature(good('dup-1')),
    feature(good('dup-1')),
    feature(good('sabratha-us-airstrike-qasr-talil')),
    feature(good('dup-2')),
  ]),
);
out(
  'bom-crlf.csv',
  '\uFEFFid,title,date,lat,lon,excerpt\r\nb-1,"Line one\r\nline two",2016-02-19,32.79,12.48,"He said ""yes"", then left."\r\nb-2,Second,2016-02-20,31.21,16.59,Plain.\r\n',
);
out(
  'semicolon.csv',
  'id;title;date;lat;lon;excerpt\ns-1;Decimal commas;2016-02-19;32,79;12,48;A quote.\ns-2;Second;2016-02-20;31,21;16,59;Another quote.\n',
);
out('empty.csv', '');

// Not UTF-8: what Excel writes as "CSV (Comma delimited)" on a Western-European Windows machine.
const CP1252_EXTRA: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
  œ: 0x9c,
};
const windows1252 = (text: string) =>
  Buffer.from(
    [...text].map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      if (CP1252_EXTRA[ch] === undefined) throw new Error(`${ch} is not in Windows-1252`);
      return CP1252_EXTRA[ch];
    }),
  );
out(
  'windows-1252.csv',
  windows1252(
    'id,title,date,lat,lon,excerpt\r\nw-1,Attaque à Deir ez-Zôr,2016-02-19,35.34,40.14,"« Une frappe a touché Deir ez-Zôr », selon l’OSDH."\r\n',
  ),
);
const dense = 'Élevé à Ménaka, près d’Aïn Séfra: déjà évoqué, à côté, été, créé';
out(
  'dense-accents.csv',
  windows1252(
    `id,title,date,lat,lon,excerpt\r\n${[1, 2, 3].map((i) => `d-${i},"${dense} ${i}",2016-02-19,32.79,12.48,"${dense}."`).join('\r\n')}\r\n`,
  ),
);
// UTF-16 little-endian without a byte-order mark: a NUL after every ASCII character.
out(
  'utf16-no-bom.csv',
  Buffer.from(
    'id,title,date,lat,lon,excerpt\nu-1,Strike near سراقب,2016-02-19,35.86,36.8,A quote.\nu-2,Second,2016-02-20,31.21,16.59,Plain.\n',
    'utf16le',
  ),
);
out('header-only.csv', 'id,title,date,lat,lon,excerpt\n');
out('truncated-deep.json', `{"type": "FeatureCollection", "features":\n${'['.repeat(100_000)}`);
out(
  'nul-bytes.csv',
  'id,title,date,lat,lon,excerpt\nn-1,Title\u0000with\u0000NULs,2016-02-19,32.79,12.48,A quote.\u0000\nn-2,Clean,2016-02-20,31.21,16.59,Plain.\n',
);

// A file in our own schema that cites a bundled article: once with a quote that article never
// printed, once with a line it did print (verbatim, at another offset than the file claims).
const BUNDLED = 'reuters-2016-02-19-tripoli-sabratha-air-strike';
const archived = readFileSync(`data/sources/${BUNDLED}.txt`, 'utf8');
const realQuote =
  'The strikes targeted a house in a residential district west of the center, the municipal authorities said in a statement.';
if (!archived.includes(realQuote)) throw new Error('the Sabratha quote is no longer in its archived text');
const schemaFeature = (id: string, quote: string) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [12.47, 32.8] },
  properties: {
    id,
    title: `Hijack attempt ${id}`,
    category: 'airstrike',
    when: { start: '2016-02-19', precision: 'day', basis: 'as the file says' },
    reported: '2016-02-19',
    where: {
      asWritten: 'Sabratha',
      name: 'Sabratha',
      country: 'LY',
      precision: 'city',
      geocode: { source: 'manual', ref: 'as the file says' },
    },
    excerpts: [{ source: BUNDLED, quote, offset: 0 }],
  },
});
out(
  'source-hijack.geojson',
  fc([
    schemaFeature('hijack-1', 'Reuters never wrote this sentence, yet the file says it did.'),
    schemaFeature('hijack-2', realQuote),
  ]),
);
console.log('wrote e2e/fixtures');
