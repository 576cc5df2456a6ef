/**
 * `npx tsx scripts/makeImportFixtures.ts`: writes the import test corpus in e2e/fixtures/, the
 * same every time. The 200-row analyst sheet has exactly three bad rows (rows 15, 78 and 141 in
 * spreadsheet numbering) and one title carrying an HTML payload; the rest are small hostile files.
 */
import { writeFileSync } from 'node:fs';

const out = (name: string, text: string) => writeFileSync(`e2e/fixtures/${name}`, text);
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
console.log('wrote e2e/fixtures');
