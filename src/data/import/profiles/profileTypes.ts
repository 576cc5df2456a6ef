/**
 * An import profile reads one published file shape (ACLED, UCDP GED, GDELT 2.0, or any
 * spreadsheet) into the cells every row shares plus what that shape says beyond them: its own
 * precision codes, its coder's note, its event type and its death figures. The mapping of each
 * shape is written in its file and in docs/import-profiles.md.
 */
import type { DatePrecision, LocationPrecision } from '../../vocabulary';
import type { Cells } from '../recordToFeature';
import type { RowProblem } from '../types';

export const PROFILE_IDS = ['acled', 'ucdp', 'gdelt', 'plain'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];
/** What the user picks: a profile, or "detect it from the header". */
export type ProfileChoice = ProfileId | 'auto';

export const PROFILE_LABELS: Record<ProfileId, string> = {
  acled: 'ACLED export',
  ucdp: 'UCDP GED',
  gdelt: 'GDELT 2.0 events (machine-coded)',
  plain: 'Spreadsheet (columns matched by name)',
};

/** Which profile read a file, and whether it was detected from the header or chosen by the user. */
export interface ProfileUsed {
  id: ProfileId;
  label: string;
  detected: boolean;
}

/** A death (or other) figure the file's coders give: kept with who gives it. */
export interface CodedFigure {
  min?: number;
  max?: number;
  text: string;
  attribution: string;
}

/** What a profile adds to a row beyond its cells. Every field is optional: the plain profile adds none. */
export interface RowExtras {
  titleMade?: boolean;
  datePrecision?: DatePrecision;
  /** How the date was read, in the file's own codes (replaces "as given in … row n"). */
  dateBasis?: string;
  placePrecision?: LocationPrecision;
  /** What the file's place precision code means, shown beside the coordinates. */
  placeNote?: string;
  /** A note of the importer's about the row (GDELT: machine-coded, from how many sources); never a summary. */
  notes?: string;
  /** The coder's note (ACLED's `notes`): what a "summary" incident rests on. */
  summary?: { text: string; by: string };
  codedAs?: { scheme: string; type: string; subType?: string };
  killed?: CodedFigure;
  /** Category chosen by the profile's own table, when it has one. */
  category?: string;
}

export type ProfileRow = { ok: true; cells: Cells; extras: RowExtras } | { ok: false; problems: RowProblem[] };

export interface Profile {
  id: ProfileId;
  /** The file's columns, in order, when the shape has no header row (GDELT). */
  fixedHeader?: readonly string[];
  /** Columns this profile reads; the rest are reported as not used. */
  reads: readonly string[];
  /** Columns without which no row can be read. */
  needs: readonly string[];
  /** One record: `get(column)` gives the cleaned cell of that column ('' when absent). */
  read(get: (column: string) => string, row: number, fileName: string): ProfileRow;
}
