/**
 * What reading a file yields, and the last step every format shares: each row validated (or a
 * feature in our schema claimed for this import), ids already used refused, and the source of
 * each excerpt recorded under the import's own namespace. A row that throws is reported as that
 * row's problem; it never ends the import.
 */
import type { IncidentFeature } from '../schema';
import { claimSources } from './sourceNamespace';
import { quoted } from './echo';
import { recordToFeature, type Cells, type RowContext } from './recordToFeature';
import type { ProfileChoice, ProfileUsed, RowExtras } from './profiles/profileTypes';
import type { ImportedSource, ImportUnit, RowProblem } from './types';

export type ImportFormat = 'csv' | 'geojson' | 'json';

export interface ImportOutcome {
  format: ImportFormat | null;
  /** What a problem's number counts: spreadsheet rows (header = 1) or features/records (first = 1). */
  unit: ImportUnit;
  features: IncidentFeature[];
  problems: RowProblem[];
  total: number;
  /** The first UNUSED_KEPT unused columns, in the order met; `unusedColumnsTotal` counts them all. */
  unusedColumns: string[];
  unusedColumnsTotal: number;
  /** What the reader changed or noticed: the encoding (row 0), control characters removed, citations moved. */
  notes: RowProblem[];
  /** For each excerpt's source id: the file and row it came from, and the outlet and http(s) link the row gave. */
  sources: Record<string, ImportedSource>;
  /** The profile a CSV was read with (ACLED, UCDP GED, GDELT 2.0 or a spreadsheet). */
  profile?: ProfileUsed;
}

export interface ImportContext extends RowContext {
  existingIds: Set<string>;
  onProgress?: (done: number, total: number) => void;
  /** Called while a CSV is being read, with the records read so far. */
  onParsing?: (records: number) => void;
  /** The archived text of each bundled source, by id: a quote citing one is kept only if it is verbatim there. */
  bundledTexts?: ReadonlyMap<string, string>;
  /** The user's choice of profile; detected from the header when absent or "auto". */
  profile?: ProfileChoice;
  /** Overrides IMPORT_LIMITS.rows (tests). */
  limits?: { rows: number };
}

export const UNUSED_KEPT = 50;

export const emptyOutcome = (format: ImportFormat | null, unit: ImportUnit = 'row'): ImportOutcome => ({
  format,
  unit,
  features: [],
  problems: [],
  total: 0,
  unusedColumns: [],
  unusedColumnsTotal: 0,
  notes: [],
  sources: {},
});

/** Nothing is read: the whole file has one problem. */
export const refuse = (reason: string, format: ImportFormat | null = null): ImportOutcome => ({
  ...emptyOutcome(format),
  problems: [{ row: 0, field: 'file', reason }],
});

export type PendingRow = { row: number; cells?: Cells; extras?: RowExtras; feature?: IncidentFeature };

/** Validate each row, then refuse ids already used in this file or by what is loaded. */
export function collect(rows: PendingRow[], ctx: ImportContext, outcome: ImportOutcome): void {
  const seen = new Map<string, number>();
  rows.forEach(({ row, cells, extras, feature }, i) => {
    if (ctx.onProgress && i % 500 === 0) ctx.onProgress(i, rows.length);
    try {
      accept({ row, cells, extras, feature }, ctx, outcome, seen);
    } catch (error) {
      outcome.problems.push({ row, field: outcome.unit, reason: `could not be read: ${String(error).slice(0, 200)}` });
    }
  });
  ctx.onProgress?.(rows.length, rows.length);
}

function accept(
  { row, cells, extras, feature: given }: PendingRow,
  ctx: ImportContext,
  outcome: ImportOutcome,
  seen: Map<string, number>,
): void {
  const result = given ? { ok: true as const, feature: given } : recordToFeature(cells!, row, ctx, extras);
  if (!result.ok) return void outcome.problems.push(...result.problems);
  const id = result.feature.properties.id;
  const shown = quoted(id);
  if (seen.has(id)) {
    return void outcome.problems.push({
      row,
      field: 'id',
      id,
      reason: `${shown} is already used by ${outcome.unit} ${seen.get(id)} of this file`,
    });
  }
  if (ctx.existingIds.has(id)) {
    const reason = `${shown} is already used by an incident that is loaded (the bundled data or an earlier import); give it another id`;
    return void outcome.problems.push({ row, field: 'id', id, reason });
  }
  seen.set(id, row);
  if (given) {
    const claimed = claimSources(given, row, outcome.unit, ctx);
    outcome.features.push(claimed.feature);
    outcome.notes.push(...claimed.notes);
    Object.assign(outcome.sources, claimed.sources);
    return;
  }
  outcome.features.push(result.feature);
  const url = cells?.url?.trim();
  const p = result.feature.properties;
  const cited = [...p.excerpts, ...(p.casualties?.killed ?? [])].map((x) => x.source);
  for (const source of cited) {
    outcome.sources[source] ??= {
      fileName: ctx.fileName,
      unit: outcome.unit,
      row,
      ...(cells?.outlet?.trim() ? { outlet: cells.outlet.trim() } : {}),
      ...(url && isWebLink(url) ? { url } : {}),
    };
  }
}

/** Only http(s) links from data are ever followed; javascript:, data: and the rest are dropped. */
export function isWebLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}
