import { describe, expect, it } from 'vitest';
import { importText, type ImportContext } from '../importText';
import { GDELT_COLUMNS, GDELT_ROOT } from './gdelt';
import { ucdpDeaths } from './ucdp';
import { detectProfile } from './detectProfile';
import { toAlpha2 } from './isoNumeric';

const ctx = (profile?: ImportContext['profile']): ImportContext => ({
  datasetId: 'import-feed',
  fileName: 'feed.csv',
  places: null,
  existingIds: new Set(),
  profile,
});

const ACLED_HEAD =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';
const acledRow = (over: Partial<Record<string, string>> = {}) => {
  const cells: Record<string, string> = {
    event_id_cnty: 'SYR1',
    event_date: '2024-01-15',
    time_precision: '1',
    event_type: 'Explosions/Remote violence',
    sub_event_type: 'Air/drone strike',
    iso: '760',
    country: 'Syria',
    admin1: 'Idlib',
    location: 'Sarmin',
    latitude: '35.9',
    longitude: '36.7',
    geo_precision: '1',
    source: 'SOHR',
    notes: 'On 15 January 2024, an air strike hit Sarmin.',
    fatalities: '3',
    ...over,
  };
  return ACLED_HEAD.split(',')
    .map((h) => `"${(cells[h] ?? '').replace(/"/g, '""')}"`)
    .join(',');
};
const acled = (rows: string[]) => importText([ACLED_HEAD, ...rows].join('\n'), 'acled.csv', ctx());

describe('the ACLED profile', () => {
  it('is detected from the published header and named in the outcome', () => {
    expect(acled([acledRow()]).profile).toEqual({ id: 'acled', label: 'ACLED export', detected: true });
  });

  it.each([
    ['1', 'day', /time_precision 1: the day is known/],
    ['2', 'week', /time_precision 2: the sources give only the week/],
    ['3', 'month', /time_precision 3: the sources give only the month/],
  ])('reads time_precision %s as %s, saying so in the date basis', (code, precision, basis) => {
    const [f] = acled([acledRow({ time_precision: code })]).features;
    expect(f.properties.when).toMatchObject({ start: '2024-01-15', precision, basis: expect.stringMatching(basis) });
  });

  it.each([
    ['1', 'city', 'ACLED geo_precision 1: at the named place'],
    ['2', 'district', 'ACLED geo_precision 2: in part of a region, near the named place'],
    ['3', 'region', 'ACLED geo_precision 3: only a larger region is known'],
  ])('reads geo_precision %s as %s, with what the code means', (code, precision, note) => {
    const [f] = acled([acledRow({ geo_precision: code })]).features;
    expect(f.properties.where).toMatchObject({ precision, note, country: 'SY', asWritten: 'Sarmin, Idlib' });
  });

  it.each([
    ['Battles', 'Armed clash', 'clashes'],
    ['Battles', 'Government regains territory', 'seizure'],
    ['Explosions/Remote violence', 'Air/drone strike', 'airstrike'],
    ['Explosions/Remote violence', 'Shelling/artillery/missile attack', 'attack'],
    ['Explosions/Remote violence', 'Suicide bomb', 'bombing'],
    ['Violence against civilians', 'Attack', 'attack'],
    ['Strategic developments', 'Agreement', 'diplomacy'],
    ['Strategic developments', 'Arrests', 'legal'],
    ['Protests', 'Peaceful protest', 'other'],
    ['Riots', 'Mob violence', 'other'],
  ])('maps %s / %s to %s and keeps both visible', (type, subType, category) => {
    const [f] = acled([acledRow({ event_type: type, sub_event_type: subType })]).features;
    expect(f.properties.category).toBe(category);
    expect(f.properties.codedAs).toEqual({ scheme: 'ACLED', type, subType });
    expect(f.properties.title).toBe(`${subType} in Sarmin, Idlib`);
    expect(f.properties.titleMade).toBe(true);
  });

  it('rests on ACLED’s note (summary), keeps fatalities attributed to ACLED, and loads a row without a note as none', () => {
    const out = acled([acledRow(), acledRow({ event_id_cnty: 'SYR2', notes: '', fatalities: '0' })]);
    const [a, b] = out.features.map((f) => f.properties);
    expect([a.id, a.provenance, a.summary, a.excerpts]).toEqual([
      'acled-syr1',
      'summary',
      { text: 'On 15 January 2024, an air strike hit Sarmin.', by: 'ACLED' },
      [],
    ]);
    expect(a.casualties?.killed).toEqual([
      { min: 3, max: 3, text: "3 (ACLED's fatality estimate)", attribution: 'ACLED', source: 'import-feed-r2' },
    ]);
    expect(out.sources['import-feed-r2']).toMatchObject({ fileName: 'feed.csv', row: 2, outlet: 'SOHR' });
    expect([b.provenance, b.summary, b.casualties?.killed?.[0].max]).toEqual(['none', undefined, 0]);
  });

  it('reads the export tool’s long dates, and names each bad code by row and field while the other rows load', () => {
    const out = acled([
      acledRow({ event_date: '15 January 2024' }),
      acledRow({ event_id_cnty: 'SYR2', geo_precision: '4' }),
      acledRow({ event_id_cnty: 'SYR3', time_precision: 'x' }),
      acledRow({ event_id_cnty: 'SYR4', fatalities: 'many' }),
      acledRow({ event_id_cnty: 'SYR5', latitude: '135.9' }),
    ]);
    expect(out.features.map((f) => f.properties.when.start)).toEqual(['2024-01-15']);
    expect(out.problems.map((p) => `${p.row} ${p.field}: ${p.reason}`)).toEqual([
      '3 geo_precision: "4" is not 1, 2 or 3',
      '4 time_precision: "x" is not 1, 2 or 3',
      '5 fatalities: "many" is not a whole number',
      '6 latitude: 135.9 is out of range (−90 to 90); are latitude and longitude swapped?',
    ]);
  });

  it('says which columns it needs when the user reads a file as ACLED that is not', () => {
    const out = importText('date,lat,lon\n2024-01-01,1,1\n', 'x.csv', ctx('acled'));
    expect(out.profile).toEqual({ id: 'acled', label: 'ACLED export', detected: false });
    expect(out.problems[0].reason).toMatch(
      /^has no columns event_date, latitude, longitude, event_type, which reading it as ACLED export needs; found: date, lat, lon$/,
    );
  });
});

const UCDP_HEAD =
  'id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low';
const ucdpRow = (over: Partial<Record<string, string>> = {}) => {
  const cells: Record<string, string> = {
    id: '12345',
    type_of_violence: '3',
    conflict_name: 'IS - Civilians',
    side_a: 'IS',
    side_b: 'Civilians',
    source_article: 'Reuters 2016-02-23',
    source_headline: 'Blasts kill dozens in Homs',
    where_prec: '1',
    where_coordinates: 'Homs town',
    adm_1: 'Homs province',
    latitude: '34.73',
    longitude: '36.72',
    country: 'Syria',
    date_prec: '1',
    date_start: '2016-02-21',
    date_end: '2016-02-21',
    best: '57',
    high: '60',
    low: '50',
    ...over,
  };
  return UCDP_HEAD.split(',')
    .map((h) => cells[h] ?? '')
    .join(',');
};
const ucdp = (rows: string[]) => importText([UCDP_HEAD, ...rows].join('\n'), 'ged.csv', ctx());

describe('the UCDP GED profile', () => {
  it.each([
    ['1', '2016-02-21', 'day'],
    ['2', '2016-02-25', 'days'],
    ['3', '2016-02-27', 'week'],
    ['4', '2016-03-15', 'month'],
    ['5', '2016-08-01', 'approximate'],
  ])('reads date_prec %s (to %s) as %s', (code, end, precision) => {
    const [f] = ucdp([ucdpRow({ date_prec: code, date_end: end })]).features;
    expect(f.properties.when.precision).toBe(precision);
    expect(f.properties.when.basis).toMatch(new RegExp(`date_prec ${code}:`));
  });

  it.each([
    ['1', 'city'],
    ['2', 'region'],
    ['3', 'region'],
    ['4', 'region'],
    ['5', 'region'],
    ['6', 'country'],
    ['7', 'country'],
  ])('reads where_prec %s as %s, with the code in the place note', (code, precision) => {
    const [f] = ucdp([ucdpRow({ where_prec: code })]).features;
    expect(f.properties.where.precision).toBe(precision);
    expect(f.properties.where.note).toMatch(new RegExp(`^UCDP where_prec ${code}: `));
  });

  it.each([
    ['50', '57', '60', { min: 50, max: 60, text: 'best estimate 57 (low 50, high 60)' }],
    ['57', '57', '57', { min: 57, max: 57, text: 'best estimate 57' }],
    ['', '4', '', { min: 4, max: 4, text: 'best estimate 4' }],
  ])('keeps low %s, best %s, high %s as one figure attributed to UCDP GED', (low, best, high, figure) => {
    expect(ucdpDeaths(low, best, high)).toEqual({ ...figure, attribution: 'UCDP GED' });
  });

  it('refuses deaths out of order, and loads the headline as a quoted (unchecked) excerpt', () => {
    expect(ucdpDeaths('60', '57', '50')).toBe('low 60, best 57 and high 50 are not in order');
    const out = ucdp([ucdpRow(), ucdpRow({ id: '2', low: '70' })]);
    expect(out.profile?.id).toBe('ucdp');
    const [f] = out.features;
    expect([f.properties.provenance, f.properties.excerpts[0].quote, f.properties.category]).toEqual([
      'quoted',
      'Blasts kill dozens in Homs',
      'attack',
    ]);
    expect(f.properties.title).toBe('One-sided violence: IS – Civilians in Homs town, Homs province');
    expect(out.problems).toEqual([{ row: 3, field: 'best', reason: 'low 70, best 57 and high 60 are not in order' }]);
  });
});

const gdeltRow = (over: Partial<Record<string, string>> = {}) => {
  const cells: Record<string, string> = {
    GLOBALEVENTID: '498765432',
    SQLDATE: '20160223',
    Actor1Name: 'MILITANT',
    Actor2Name: 'SYRIA',
    EventCode: '190',
    EventRootCode: '19',
    NumSources: '3',
    ActionGeo_Type: '4',
    ActionGeo_FullName: 'Aleppo, Halab, Syria',
    ActionGeo_CountryCode: 'SY',
    ActionGeo_Lat: '36.2',
    ActionGeo_Long: '37.16',
    SOURCEURL: 'https://example.org/a',
    ...over,
  };
  return GDELT_COLUMNS.map((c) => cells[c] ?? '').join('\t');
};

describe('the GDELT 2.0 profile', () => {
  it('is detected from 61 tab-separated cells without a header, and says it is machine-coded', () => {
    const out = importText([gdeltRow(), gdeltRow({ GLOBALEVENTID: '2' })].join('\n'), '20160223.export.CSV', ctx());
    expect(out.profile?.id).toBe('gdelt');
    expect(out.total).toBe(2);
    const p = out.features[0].properties;
    expect([p.id, p.when.start, p.category, p.provenance, p.where.precision, p.where.country]).toEqual([
      'gdelt-498765432',
      '2016-02-23',
      'clashes',
      'none',
      'city',
      'XX',
    ]);
    expect(p.codedAs).toEqual({
      scheme: 'GDELT 2.0 (machine-coded, CAMEO)',
      type: '19 Fight',
      subType: 'EventCode 190',
    });
    expect(p.notes).toMatch(/^Machine-coded by GDELT from news reports \(3 sources\)/);
    expect(out.sources['import-feed-r1']).toBeUndefined();
  });

  it.each([
    ['1', 'country'],
    ['2', 'region'],
    ['3', 'city'],
    ['4', 'city'],
    ['5', 'region'],
  ])('reads ActionGeo_Type %s as %s', (code, precision) => {
    const out = importText(gdeltRow({ ActionGeo_Type: code }), 'g.CSV', ctx('gdelt'));
    expect(out.features[0].properties.where.precision).toBe(precision);
  });

  it('refuses an event GDELT could not place, by row and field', () => {
    const out = importText(gdeltRow({ ActionGeo_Type: '0' }), 'g.CSV', ctx('gdelt'));
    expect(out.problems).toEqual([
      { row: 1, field: 'ActionGeo_Type', reason: 'is "0": GDELT gives no place for this event' },
    ]);
  });

  it('names every CAMEO root code', () => {
    expect(Object.keys(GDELT_ROOT)).toHaveLength(20);
  });
});

describe('detecting the profile', () => {
  it.each([
    [['event_id_cnty', 'event_date', 'latitude', 'longitude'], ',', 'acled'],
    [['id', 'date_start', 'where_prec', 'latitude', 'longitude', 'best'], ',', 'ucdp'],
    [['date', 'latitude', 'longitude', 'event_type', 'notes'], ',', 'plain'],
    [GDELT_COLUMNS.map((_, i) => (i === 0 ? '1' : i === 1 ? '20160223' : 'x')), '\t', 'gdelt'],
    [GDELT_COLUMNS.map((_, i) => (i === 0 ? '1' : i === 1 ? '20160223' : 'x')), ',', 'plain'],
  ])('reads %j (separator %j) as %s', (header, separator, id) => {
    expect(detectProfile(header, separator)).toBe(id);
  });

  it('turns ACLED’s ISO numeric codes into two-letter codes', () => {
    expect([toAlpha2('760'), toAlpha2('4'), toAlpha2('999'), toAlpha2('x')]).toEqual([
      'SY',
      'AF',
      undefined,
      undefined,
    ]);
  });
});
