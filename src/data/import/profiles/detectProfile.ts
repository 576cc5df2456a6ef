/**
 * Which profile reads a file, from its first row: ACLED by its published columns, UCDP GED by its
 * precision and death columns, GDELT 2.0 by 61 tab-separated cells with no header (a numeric
 * event id and a YYYYMMDD date); anything else is a spreadsheet read by common column names.
 * The user's choice, when given, wins over what is detected.
 */
import { normaliseHeader } from '../columns';
import { acledProfile } from './acled';
import { GDELT_COLUMNS, gdeltProfile } from './gdelt';
import { ucdpProfile } from './ucdp';
import { PROFILE_LABELS, type Profile, type ProfileChoice, type ProfileId, type ProfileUsed } from './profileTypes';

export const PROFILES: Record<Exclude<ProfileId, 'plain'>, Profile> = {
  acled: acledProfile,
  ucdp: ucdpProfile,
  gdelt: gdeltProfile,
};

const has = (header: string[], names: string[]) => {
  const set = new Set(header.map(normaliseHeader));
  return names.every((n) => set.has(normaliseHeader(n)));
};

export function detectProfile(firstRow: string[], separator: string): ProfileId {
  if (has(firstRow, ['event_id_cnty', 'event_date', 'latitude', 'longitude'])) return 'acled';
  if (has(firstRow, ['date_start', 'where_prec', 'latitude', 'longitude', 'best'])) return 'ucdp';
  if (
    separator === '\t' &&
    firstRow.length === GDELT_COLUMNS.length &&
    /^\d+$/.test(firstRow[0]?.trim() ?? '') &&
    /^\d{8}$/.test(firstRow[1]?.trim() ?? '')
  )
    return 'gdelt';
  return 'plain';
}

export function chooseProfile(choice: ProfileChoice | undefined, firstRow: string[], separator: string): ProfileUsed {
  const detected = !choice || choice === 'auto';
  const id = detected ? detectProfile(firstRow, separator) : choice;
  return { id, label: PROFILE_LABELS[id], detected };
}
