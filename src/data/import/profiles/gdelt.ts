/**
 * GDELT 2.0 event files: tab-separated, no header, 61 columns in the documented order. The
 * events are machine-coded from news reports, and the atlas says so. Mapping (docs/import-profiles.md):
 *
 * | GDELT 2.0                   | Incident Atlas                                                  |
 * |-----------------------------|-----------------------------------------------------------------|
 * | GLOBALEVENTID               | id `gdelt-<id>`                                                 |
 * | SQLDATE (YYYYMMDD)          | when.start, precision "day" (the day GDELT dates the event)     |
 * | ActionGeo_FullName          | where.asWritten and where.name                                  |
 * | ActionGeo_Lat, _Long        | the point                                                       |
 * | ActionGeo_Type 1/2/3/4/5    | country / region / city / city / region; 0 (none) is refused   |
 * | ActionGeo_CountryCode       | not used: FIPS 10-4, not ISO; the country is "XX"              |
 * | EventRootCode (CAMEO)       | category through GDELT_ROOT; root and EventCode kept in codedAs |
 * | SOURCEURL                   | the link of the row                                             |
 * | NumSources                  | said in the notes                                               |
 * No excerpt and no note: provenance "none". The title is made, and marked as made.
 */
import type { Profile, ProfileRow } from './profileTypes';
import type { Category, LocationPrecision } from '../../vocabulary';

const ACTOR = (n: 1 | 2) =>
  [
    'Code',
    'Name',
    'CountryCode',
    'KnownGroupCode',
    'EthnicCode',
    'Religion1Code',
    'Religion2Code',
    'Type1Code',
    'Type2Code',
    'Type3Code',
  ].map((s) => `Actor${n}${s}`);
const GEO = (prefix: string) =>
  ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((s) => `${prefix}_${s}`);

/** The 61 columns of a GDELT 2.0 event file, in order. */
export const GDELT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...ACTOR(1),
  ...ACTOR(2),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...GEO('Actor1Geo'),
  ...GEO('Actor2Geo'),
  ...GEO('ActionGeo'),
  'DATEADDED',
  'SOURCEURL',
];

/** CAMEO root codes → a name and our category. */
export const GDELT_ROOT: Record<string, { name: string; category: Category }> = {
  '01': { name: 'Make public statement', category: 'diplomacy' },
  '02': { name: 'Appeal', category: 'diplomacy' },
  '03': { name: 'Express intent to cooperate', category: 'diplomacy' },
  '04': { name: 'Consult', category: 'diplomacy' },
  '05': { name: 'Engage in diplomatic cooperation', category: 'diplomacy' },
  '06': { name: 'Engage in material cooperation', category: 'diplomacy' },
  '07': { name: 'Provide aid', category: 'humanitarian' },
  '08': { name: 'Yield', category: 'diplomacy' },
  '09': { name: 'Investigate', category: 'legal' },
  '10': { name: 'Demand', category: 'other' },
  '11': { name: 'Disapprove', category: 'other' },
  '12': { name: 'Reject', category: 'other' },
  '13': { name: 'Threaten', category: 'other' },
  '14': { name: 'Protest', category: 'other' },
  '15': { name: 'Exhibit force posture', category: 'security' },
  '16': { name: 'Reduce relations', category: 'diplomacy' },
  '17': { name: 'Coerce', category: 'security' },
  '18': { name: 'Assault', category: 'attack' },
  '19': { name: 'Fight', category: 'clashes' },
  '20': { name: 'Use unconventional mass violence', category: 'attack' },
};

export const GDELT_GEO_TYPE: Record<string, { precision: LocationPrecision; note: string }> = {
  '1': { precision: 'country', note: 'GDELT ActionGeo_Type 1: a country' },
  '2': { precision: 'region', note: 'GDELT ActionGeo_Type 2: a US state' },
  '3': { precision: 'city', note: 'GDELT ActionGeo_Type 3: a US city or landmark' },
  '4': { precision: 'city', note: 'GDELT ActionGeo_Type 4: a city or landmark outside the US' },
  '5': { precision: 'region', note: 'GDELT ActionGeo_Type 5: a province or region outside the US' },
};

export const gdeltProfile: Profile = {
  id: 'gdelt',
  fixedHeader: GDELT_COLUMNS,
  reads: [
    'GLOBALEVENTID',
    'SQLDATE',
    'Actor1Name',
    'Actor2Name',
    'EventCode',
    'EventRootCode',
    'NumSources',
    'ActionGeo_Type',
    'ActionGeo_FullName',
    'ActionGeo_Lat',
    'ActionGeo_Long',
    'SOURCEURL',
  ],
  needs: ['SQLDATE', 'ActionGeo_Lat', 'ActionGeo_Long'],
  read(get, row): ProfileRow {
    const geo = GDELT_GEO_TYPE[get('ActionGeo_Type')];
    if (!geo)
      return {
        ok: false,
        problems: [
          {
            row,
            field: 'ActionGeo_Type',
            reason: `is "${get('ActionGeo_Type').slice(0, 10)}": GDELT gives no place for this event`,
          },
        ],
      };
    const day = /^(\d{4})(\d{2})(\d{2})$/.exec(get('SQLDATE'));
    const root = GDELT_ROOT[get('EventRootCode').padStart(2, '0')];
    const actors = [get('Actor1Name'), get('Actor2Name')].filter(Boolean).join(' – ');
    const place = get('ActionGeo_FullName');
    const sources = get('NumSources');
    return {
      ok: true,
      cells: {
        id: /^\d+$/.test(get('GLOBALEVENTID')) ? `gdelt-${get('GLOBALEVENTID')}` : '',
        title: `${root?.name ?? 'Event'}${actors ? `: ${actors}` : ''}${place ? ` in ${place}` : ''}`,
        date: day ? `${day[1]}-${day[2]}-${day[3]}` : get('SQLDATE'),
        latitude: get('ActionGeo_Lat'),
        longitude: get('ActionGeo_Long'),
        place,
        url: get('SOURCEURL'),
      },
      extras: {
        notes: `Machine-coded by GDELT from news reports${sources ? ` (${sources} source${sources === '1' ? '' : 's'})` : ''}; no excerpt or note was given.`,
        titleMade: true,
        datePrecision: 'day',
        dateBasis: `GDELT SQLDATE ${get('SQLDATE')}, machine-coded`,
        placePrecision: geo.precision,
        placeNote: geo.note,
        category: root?.category ?? 'other',
        codedAs: {
          scheme: 'GDELT 2.0 (machine-coded, CAMEO)',
          type: root ? `${get('EventRootCode')} ${root.name}` : `EventRootCode ${get('EventRootCode') || 'not given'}`,
          ...(get('EventCode') ? { subType: `EventCode ${get('EventCode')}` } : {}),
        },
      },
    };
  },
};
