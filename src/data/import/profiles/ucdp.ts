/**
 * UCDP Georeferenced Event Dataset (GED) CSV. The mapping, also in docs/import-profiles.md:
 *
 * | UCDP GED                   | Incident Atlas                                                    |
 * |----------------------------|-------------------------------------------------------------------|
 * | id                         | id `ucdp-<id>`                                                    |
 * | date_start, date_end       | when.start, when.end                                              |
 * | date_prec 1/2/3/4/5        | day / days / week / month / approximate (UCDP_DATE_PRECISION)     |
 * | where_prec 1…7             | city, region ×4, country ×2 (UCDP_WHERE_PRECISION; hollow from 1) |
 * | where_coordinates, adm_1   | where.asWritten and where.name                                    |
 * | latitude, longitude        | the point, geocode source "manual", ref "coordinates by UCDP"     |
 * | type_of_violence 1/2/3     | clashes / clashes / attack; kept in codedAs with conflict_name    |
 * | low, best, high            | one killed figure: min low, max high, "best estimate" in its text |
 * | source_headline            | an excerpt as given by the file → provenance "quoted" (unchecked) |
 * | source_article             | the outlet line of that excerpt                                   |
 * The title is made from the dyad (side_a – side_b) and the place, and marked as made.
 */
import { readNumber } from '../values';
import type { CodedFigure, Profile, ProfileRow } from './profileTypes';
import type { Category, DatePrecision, LocationPrecision } from '../../vocabulary';

export const UCDP_DATE_PRECISION: Record<string, { precision: DatePrecision; words: string }> = {
  '1': { precision: 'day', words: 'the exact day is known' },
  '2': { precision: 'days', words: 'known to within 2–6 days' },
  '3': { precision: 'week', words: 'known to within a week' },
  '4': { precision: 'month', words: 'known to within a month' },
  '5': { precision: 'approximate', words: 'known only to within more than a month (less than a year)' },
};

export const UCDP_WHERE_PRECISION: Record<string, { precision: LocationPrecision; note: string }> = {
  '1': { precision: 'city', note: 'UCDP where_prec 1: the exact location is known' },
  '2': { precision: 'region', note: 'UCDP where_prec 2: within about 25 km of the named place' },
  '3': { precision: 'region', note: 'UCDP where_prec 3: only the second-order division (e.g. district) is known' },
  '4': { precision: 'region', note: 'UCDP where_prec 4: only the first-order division (province) is known' },
  '5': { precision: 'region', note: 'UCDP where_prec 5: parts of a region, a line or several divisions' },
  '6': { precision: 'country', note: 'UCDP where_prec 6: only the country is known' },
  '7': { precision: 'country', note: 'UCDP where_prec 7: international waters or airspace' },
};

export const UCDP_VIOLENCE: Record<string, { category: Category; type: string }> = {
  '1': { category: 'clashes', type: 'State-based conflict' },
  '2': { category: 'clashes', type: 'Non-state conflict' },
  '3': { category: 'attack', type: 'One-sided violence' },
};

const count = (raw: string): number | undefined | null => {
  if (!raw) return undefined;
  const n = readNumber(raw);
  return n.ok && Number.isInteger(n.value) && n.value >= 0 ? n.value : null;
};

/** low/best/high → one figure: the range low–high, the best estimate said in its text. */
export function ucdpDeaths(low: string, best: string, high: string): CodedFigure | undefined | string {
  const [l, b, h] = [count(low), count(best), count(high)];
  if (l === null || b === null || h === null) return 'low, best and high must be whole numbers';
  if (b === undefined) return undefined;
  const min = l ?? b;
  const max = h ?? b;
  if (min > b || b > max) return `low ${min}, best ${b} and high ${max} are not in order`;
  const range = min === max ? '' : ` (low ${min}, high ${max})`;
  return { min, max, text: `best estimate ${b}${range}`, attribution: 'UCDP GED' };
}

export const ucdpProfile: Profile = {
  id: 'ucdp',
  reads: [
    'id',
    'date_start',
    'date_end',
    'date_prec',
    'where_prec',
    'where_coordinates',
    'adm_1',
    'country',
    'latitude',
    'longitude',
    'best',
    'low',
    'high',
    'side_a',
    'side_b',
    'type_of_violence',
    'conflict_name',
    'source_article',
    'source_headline',
  ],
  needs: ['date_start', 'latitude', 'longitude'],
  read(get, row): ProfileRow {
    const problems: Array<{ row: number; field: string; reason: string }> = [];
    const date = UCDP_DATE_PRECISION[get('date_prec') || '1'];
    const where = UCDP_WHERE_PRECISION[get('where_prec') || '1'];
    if (!date) problems.push({ row, field: 'date_prec', reason: `"${get('date_prec').slice(0, 20)}" is not 1 to 5` });
    if (!where)
      problems.push({ row, field: 'where_prec', reason: `"${get('where_prec').slice(0, 20)}" is not 1 to 7` });
    const deaths = ucdpDeaths(get('low'), get('best'), get('high'));
    if (typeof deaths === 'string') problems.push({ row, field: 'best', reason: deaths });
    if (problems.length || !date || !where || typeof deaths === 'string') return { ok: false, problems };
    const violence = UCDP_VIOLENCE[get('type_of_violence')];
    const place = [get('where_coordinates'), get('adm_1')].filter(Boolean).join(', ') || get('country');
    const sides = [get('side_a'), get('side_b')].filter(Boolean).join(' – ');
    const id = get('id')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return {
      ok: true,
      cells: {
        id: id ? `ucdp-${id}` : '',
        title: `${violence?.type ?? 'Event'}${sides ? `: ${sides}` : ''}${place ? ` in ${place}` : ''}`,
        date: get('date_start'),
        end: get('date_end'),
        latitude: get('latitude'),
        longitude: get('longitude'),
        place,
        excerpt: get('source_headline'),
        outlet: get('source_article'),
      },
      extras: {
        titleMade: true,
        datePrecision: date.precision,
        dateBasis: `UCDP date_start ${get('date_start')}${get('date_end') ? `, date_end ${get('date_end')}` : ''}, date_prec ${get('date_prec') || '1'}: ${date.words}`,
        placePrecision: where.precision,
        placeNote: where.note,
        category: violence?.category ?? 'other',
        codedAs: {
          scheme: 'UCDP GED',
          type: violence?.type ?? `type_of_violence ${get('type_of_violence') || 'not given'}`,
          ...(get('conflict_name') ? { subType: get('conflict_name') } : {}),
        },
        ...(deaths ? { killed: deaths } : {}),
      },
    };
  },
};
