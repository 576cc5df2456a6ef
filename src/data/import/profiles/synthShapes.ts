/**
 * Seeded synthetic files in the shapes the importer reads: an ACLED export, a UCDP GED CSV, a
 * GDELT 2.0 event file (tab-separated, no header) and a plain five-column spreadsheet. No real
 * ACLED data is ever committed (its terms forbid redistribution); tests and benchmarks use these.
 * The same seed gives the same file. Places are a few real towns, jittered; dates span 2016.
 */
import { seededRandom, SYNTH_FIRST_DAY } from '../../synthetic';
import { fromDayNumber } from '../../../lib/days';
import { GDELT_COLUMNS } from './gdelt';
import type { ProfileId } from './profileTypes';

const PLACES = [
  { location: 'Aleppo', admin1: 'Aleppo', country: 'Syria', iso: '760', lat: 36.2021, lon: 37.1343 },
  { location: 'Raqqa', admin1: 'Ar-Raqqa', country: 'Syria', iso: '760', lat: 35.9594, lon: 38.9981 },
  { location: 'Homs', admin1: 'Homs', country: 'Syria', iso: '760', lat: 34.7324, lon: 36.7137 },
  { location: 'Mosul', admin1: 'Ninewa', country: 'Iraq', iso: '368', lat: 36.335, lon: 43.1189 },
  { location: 'Ramadi', admin1: 'Anbar', country: 'Iraq', iso: '368', lat: 33.4258, lon: 43.2992 },
  { location: 'Sirte', admin1: 'Surt', country: 'Libya', iso: '434', lat: 31.2089, lon: 16.5887 },
  { location: 'Benghazi', admin1: 'Benghazi', country: 'Libya', iso: '434', lat: 32.1167, lon: 20.0667 },
  { location: 'Sabratha', admin1: 'Az Zawiyah', country: 'Libya', iso: '434', lat: 32.7933, lon: 12.4885 },
];
const ACLED_TYPES: Array<[string, string]> = [
  ['Battles', 'Armed clash'],
  ['Explosions/Remote violence', 'Air/drone strike'],
  ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['Explosions/Remote violence', 'Remote explosive/landmine/IED'],
  ['Violence against civilians', 'Attack'],
  ['Protests', 'Peaceful protest'],
  ['Strategic developments', 'Arrests'],
];
export const ACLED_HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';
const UCDP_HEADER =
  'id,year,type_of_violence,conflict_name,dyad_name,side_a,side_b,source_article,source_headline,where_prec,where_coordinates,adm_1,latitude,longitude,country,date_prec,date_start,date_end,best,high,low';

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** `rows` data rows of the given shape, seeded. Lines end with \n; a header comes first except for GDELT. */
export function synthShape(format: ProfileId, rows: number, seed = 1): string {
  const rand = seededRandom(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const lines: string[] = [];
  if (format === 'acled') lines.push(ACLED_HEADER);
  if (format === 'ucdp') lines.push(UCDP_HEADER);
  if (format === 'plain') lines.push('date,latitude,longitude,event_type,notes');
  for (let i = 0; i < rows; i++) {
    const p = PLACES[int(PLACES.length)];
    const dayNumber = SYNTH_FIRST_DAY + int(366);
    const day = fromDayNumber(dayNumber);
    const lat = (p.lat + (rand() - 0.5) * 0.2).toFixed(4);
    const lon = (p.lon + (rand() - 0.5) * 0.2).toFixed(4);
    const [type, sub] = ACLED_TYPES[int(ACLED_TYPES.length)];
    const deaths = int(4) === 0 ? int(30) : 0;
    const note = `On ${day}, synthetic event ${i + 1}: ${sub.toLowerCase()} reported near ${p.location}.`;
    if (format === 'acled') {
      const cells: Record<string, string | number> = {
        event_id_cnty: `SYN${i + 1}`,
        event_date: day,
        year: day.slice(0, 4),
        time_precision: 1 + (int(10) === 0 ? 1 + int(2) : 0),
        disorder_type: 'Political violence',
        event_type: type,
        sub_event_type: sub,
        actor1: 'Synthetic actor A',
        actor2: 'Synthetic actor B',
        iso: p.iso,
        region: 'Middle East',
        country: p.country,
        admin1: p.admin1,
        location: p.location,
        latitude: lat,
        longitude: lon,
        geo_precision: 1 + int(3),
        source: 'Synthetic wire',
        source_scale: 'National',
        notes: note,
        fatalities: deaths,
        timestamp: 1700000000 + i,
      };
      lines.push(
        ACLED_HEADER.split(',')
          .map((h) => csvCell(cells[h] ?? ''))
          .join(','),
      );
    } else if (format === 'ucdp') {
      const prec = 1 + int(5);
      const [start, stop] = [day, fromDayNumber(dayNumber + [0, 3, 6, 20, 60][prec - 1])];
      const best = deaths || 1 + int(5);
      lines.push(
        [
          i + 1,
          day.slice(0, 4),
          1 + int(3),
          'Synthetic conflict',
          'Side A - Side B',
          'Side A',
          'Side B',
          `Synthetic wire ${day}`,
          `Synthetic headline ${i + 1}`,
          1 + int(7),
          p.location,
          p.admin1,
          lat,
          lon,
          p.country,
          prec,
          start,
          stop,
          best,
          best + int(5),
          Math.max(0, best - int(3)),
        ]
          .map(csvCell)
          .join(','),
      );
    } else if (format === 'gdelt') {
      const cells: Record<string, string | number> = {
        GLOBALEVENTID: 500000000 + i,
        SQLDATE: day.replace(/-/g, ''),
        MonthYear: day.slice(0, 7).replace('-', ''),
        Year: day.slice(0, 4),
        Actor1Name: 'MILITANT',
        Actor2Name: p.country.toUpperCase(),
        EventCode: '190',
        EventRootCode: String(14 + int(7)),
        NumSources: 1 + int(4),
        ActionGeo_Type: 4,
        ActionGeo_FullName: `${p.location}, ${p.admin1}, ${p.country}`,
        ActionGeo_Lat: lat,
        ActionGeo_Long: lon,
        SOURCEURL: `https://example.org/synthetic/${i + 1}`,
      };
      lines.push(GDELT_COLUMNS.map((c) => String(cells[c] ?? '')).join('\t'));
    } else lines.push([day, lat, lon, type, int(2) ? note : ''].map(csvCell).join(','));
  }
  return lines.join('\n') + '\n';
}
