/**
 * The import domain's shared shapes: what a row problem says, where an imported excerpt comes
 * from, an imported dataset and the report left after reading a file. The store, the import
 * kernels, the exports and the io layer all use these; none of them defines its own copy.
 */

import type { ProfileUsed } from './profiles/profileTypes';

/** One reason a row (or feature, or record) of a file could not be loaded. `row` uses the file's own numbering. */
export interface RowProblem {
  row: number;
  field: string;
  reason: string;
  id?: string;
}

/** What a file's rows are called in messages: spreadsheet rows, GeoJSON features or JSON records. */
export type ImportUnit = 'row' | 'feature' | 'record';

/** Where an imported excerpt comes from: a row of a file, with the outlet and http(s) link it gave. */
export interface ImportedSource {
  fileName: string;
  unit: ImportUnit;
  row: number;
  outlet?: string;
  url?: string;
  /** The source id the file gave for this quote, when it was not one of this import's own (e.g. a bundled article's). */
  cited?: string;
}

/** How an import ended without its result: cancelled by the user, or failed (the worker died, the file could not be read, …). */
export type ImportEnd = { kind: 'cancelled' } | { kind: 'failed'; reason: string };

/** An imported dataset: its own layer with a name, a ring colour and a remove button. */
export interface ImportedSet {
  id: string;
  name: string;
  fileName: string;
  colour: string;
  importedAt: string;
  count: number;
  /** Kept in this browser's IndexedDB until removed. */
  stored: boolean;
  /** Why it could not be stored (it is shown for this visit only), when `stored` is false. */
  notSavedReason?: string;
}

/** What reading one file ended with: how many loaded, and every problem by row, field and reason. */
export interface ImportReport {
  fileName: string;
  unit: ImportUnit;
  loaded: number;
  total: number;
  problems: RowProblem[];
  /** The first unused columns (at most 50); `unusedColumnsTotal` counts them all. */
  unusedColumns: string[];
  unusedColumnsTotal?: number;
  /** What the reader changed or noticed in what loaded: the encoding (row 0), control characters removed, citations moved. */
  notes?: RowProblem[];
  /** Set when the import ended before the file was read: nothing was added. */
  ended?: ImportEnd;
  /** The profile a CSV was read with (detected from its header, or chosen by the user). */
  profile?: ProfileUsed;
}

/**
 * A stored import that could not be restored as it was: set aside whole (`quarantined`), or
 * restored without incidents whose ids another set already uses (`partial`). Either way the
 * stored record stays until the user exports or deletes it. `id` names the record in storage.
 */
export interface RestoreProblem {
  id: string;
  /** The set's name when it has one that is text, otherwise its id in storage. */
  name: string;
  kind: 'quarantined' | 'partial';
  reason: string;
}
