/**
 * ACLED CSV exports, by their published column names. The mapping, also in docs/import-profiles.md:
 *
 * | ACLED                     | Incident Atlas                                                   |
 * |---------------------------|------------------------------------------------------------------|
 * | event_id_cnty             | id `acled-<event_id_cnty>` (lower case)                          |
 * | event_date                | when.start (YYYY-MM-DD, or "15 January 2024")                    |
 * | time_precision 1 / 2 / 3  | when.precision day / week / month (ACLED's event_date kept)       |
 * | location, admin1, country | where.asWritten and where.name                                   |
 * | iso (ISO 3166-1 numeric)  | where.country (ISO alpha-2; XX when unknown)                     |
 * | latitude, longitude       | the point, geocode source "manual", ref "coordinates by ACLED"    |
 * | geo_precision 1 / 2 / 3   | where.precision city / district / region (3 is drawn hollow)     |
 * | event_type, sub_event_type| category through ACLED_CATEGORY; both kept in codedAs            |
 * | notes                     | summary { text, by: "ACLED" } → provenance "summary"             |
 * | fatalities                | casualties.killed, one figure attributed to "ACLED"              |
 * | source                    | the outlet(s) ACLED cites for the row                            |
 * A title is made from the sub-event type and the place, and marked as made.
 */
import { readNumber } from '../values';
import { toAlpha2 } from './isoNumeric';
import type { CodedFigure, Profile, ProfileRow } from './profileTypes';
import type { Category } from '../../vocabulary';

/** ACLED sub-event type (or, failing that, event type) → our category. Anything not listed is "other". */
export const ACLED_CATEGORY: Record<string, Category> = {
  // Battles
  'Armed clash': 'clashes',
  'Government regains territory': 'seizure',
  'Non-state actor overtakes territory': 'seizure',
  Battles: 'clashes',
  // Explosions/Remote violence
  'Air/drone strike': 'airstrike',
  'Shelling/artillery/missile attack': 'attack',
  'Remote explosive/landmine/IED': 'bombing',
  'Suicide bomb': 'bombing',
  Grenade: 'attack',
  'Chemical weapon': 'attack',
  'Explosions/Remote violence': 'bombing',
  // Violence against civilians
  Attack: 'attack',
  'Abduction/forced disappearance': 'attack',
  'Sexual violence': 'attack',
  'Violence against civilians': 'attack',
  // Strategic developments
  Agreement: 'diplomacy',
  Arrests: 'legal',
  'Disrupted weapons use': 'security',
  'Headquarters or base established': 'security',
  'Non-violent transfer of territory': 'seizure',
  'Looting/property destruction': 'attack',
  // Protests, Riots, Change to group/activity and Other have no category of ours: "other".
};

/** ACLED time_precision → our date precision. */
export const ACLED_TIME_PRECISION = { '1': 'day', '2': 'week', '3': 'month' } as const;
const TIME_WORDS = {
  '1': 'the day is known',
  '2': 'the sources give only the week',
  '3': 'the sources give only the month',
};

/** ACLED geo_precision → our location precision, with what the code means. */
export const ACLED_GEO_PRECISION = {
  '1': { precision: 'city', note: 'ACLED geo_precision 1: at the named place' },
  '2': { precision: 'district', note: 'ACLED geo_precision 2: in part of a region, near the named place' },
  '3': { precision: 'region', note: 'ACLED geo_precision 3: only a larger region is known' },
} as const;

const READS = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'country',
  'iso',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
] as const;

export const acledProfile: Profile = {
  id: 'acled',
  reads: READS,
  needs: ['event_date', 'latitude', 'longitude', 'event_type'],
  read(get, row): ProfileRow {
    const problems: Array<{ row: number; field: string; reason: string }> = [];
    const time = get('time_precision') || '1';
    const geo = get('geo_precision') || '1';
    if (!(time in ACLED_TIME_PRECISION))
      problems.push({ row, field: 'time_precision', reason: `"${time.slice(0, 20)}" is not 1, 2 or 3` });
    if (!(geo in ACLED_GEO_PRECISION))
      problems.push({ row, field: 'geo_precision', reason: `"${geo.slice(0, 20)}" is not 1, 2 or 3` });
    let killed: CodedFigure | undefined;
    if (get('fatalities')) {
      const n = readNumber(get('fatalities'));
      if (!n.ok || !Number.isInteger(n.value) || n.value < 0)
        problems.push({
          row,
          field: 'fatalities',
          reason: `"${get('fatalities').slice(0, 20)}" is not a whole number`,
        });
      else
        killed = { min: n.value, max: n.value, text: `${n.value} (ACLED's fatality estimate)`, attribution: 'ACLED' };
    }
    if (problems.length) return { ok: false, problems };
    const type = get('event_type');
    const subType = get('sub_event_type');
    const place = [get('location'), get('admin1')].filter(Boolean).join(', ');
    const t = time as keyof typeof ACLED_TIME_PRECISION;
    const g = ACLED_GEO_PRECISION[geo as keyof typeof ACLED_GEO_PRECISION];
    const id = get('event_id_cnty')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return {
      ok: true,
      cells: {
        id: id ? `acled-${id}` : '',
        title: `${subType || type || 'Event'}${place ? ` in ${place}` : ''}`,
        date: get('event_date'),
        latitude: get('latitude'),
        longitude: get('longitude'),
        place: place || get('country'),
        country: toAlpha2(get('iso')) ?? '',
        outlet: get('source'),
      },
      extras: {
        titleMade: true,
        datePrecision: ACLED_TIME_PRECISION[t],
        dateBasis: `ACLED event_date ${get('event_date')}, time_precision ${t}: ${TIME_WORDS[t]}`,
        placePrecision: g.precision,
        placeNote: g.note,
        category: ACLED_CATEGORY[subType] ?? ACLED_CATEGORY[type] ?? 'other',
        codedAs: { scheme: 'ACLED', type: type || 'not given', ...(subType ? { subType } : {}) },
        ...(get('notes') ? { summary: { text: get('notes'), by: 'ACLED' } } : {}),
        ...(killed ? { killed } : {}),
      },
    };
  },
};
