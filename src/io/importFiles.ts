/**
 * Import a user's file: refuse what is too big at once, parse and validate in a worker with
 * progress, add the valid incidents as their own layer, store them in this browser, and leave a
 * report of every row that could not be loaded. Every import ends with a report: loaded,
 * cancelled (Cancel), or failed with the reason (the worker died, went
 * silent, or the file could not be read). An import writes only source ids of its own namespace.
 */
import type { AppStore } from '../store/appStore';
import type { ImportedSet, ImportedSource, ImportReport } from '../store/types';
import type { ImportEnd } from '../data/import/types';
import { IMPORT_LIMITS, megabytes, tooLargeToReadWhole } from '../data/import/importLimits';
import { inNamespace } from '../data/import/sourceNamespace';
import { normalise } from '../data/incidentList';
import { saveImportedSet, type SaveOutcome } from './persistImports';
import { datasetIdFor, IMPORT_COLOURS } from './datasetId';
import { runImportWorker, type ImportWorkerLike } from './importWorkerClient';
import type { ProfileChoice } from '../data/import/profiles/profileTypes';

export interface ImportOptions {
  /** Silence after which the worker is given up on (default STALL_MS). */
  stallMs?: number;
  createWorker?: () => ImportWorkerLike;
  /** Read the file with this profile instead of the one its header suggests. */
  profile?: ProfileChoice;
}

/** How long storing an import may take before the layer is kept for this visit only. */
const SAVE_MS = 20_000;

/** The last file read, so that its report can offer to read it again with another profile. */
let lastRead: { file: File; setId: string | null; options: ImportOptions } | null = null;

/** Imports run one after another, so two quick drops both load; Cancel stops the one being read and those waiting. */
let queue: Promise<void> = Promise.resolve();
const pending = new Set<AbortController>();

/** Stop the import being read and any waiting: the worker is terminated and each report says nothing was added. */
export function cancelImport(): void {
  pending.forEach((controller) => controller.abort());
}

const emptyReport = (fileName: string, extra: Partial<ImportReport>): ImportReport => ({
  fileName,
  unit: 'row',
  loaded: 0,
  total: 0,
  problems: [],
  unusedColumns: [],
  ...extra,
});

export function importFile(file: File, store: AppStore, options: ImportOptions = {}): Promise<void> {
  const controller = new AbortController();
  pending.add(controller);
  // With nothing else pending it starts at once (its progress shows in the same turn); otherwise after the rest.
  const run =
    pending.size === 1
      ? importOne(file, store, options, controller)
      : queue.then(() => importOne(file, store, options, controller));
  queue = run.catch(() => undefined);
  return run;
}

async function importOne(file: File, store: AppStore, options: ImportOptions, controller: AbortController) {
  try {
    if (controller.signal.aborted) return finish(store, emptyReport(file.name, { ended: { kind: 'cancelled' } }));
    await readAndAdd(file, store, options, controller.signal, () => true);
  } catch (error) {
    finish(store, emptyReport(file.name, { ended: { kind: 'failed', reason: `the import failed: ${String(error)}` } }));
  } finally {
    pending.delete(controller);
  }
}

function finish(store: AppStore, report: ImportReport): void {
  store.getState().setImportJob(null);
  store.getState().setImportReport(report);
}

/** A file too large to import, by its size and name alone (the worker judges the rest from its first bytes). */
function sizeProblem(file: File): string | null {
  if (file.size > IMPORT_LIMITS.streamedBytes) {
    const limit = (IMPORT_LIMITS.streamedBytes / 1048576).toLocaleString('en');
    return `is ${megabytes(file.size)}; the limit is ${limit} MB. Split it into smaller files.`;
  }
  if (file.size > IMPORT_LIMITS.bytes && /\.(geo)?json$/i.test(file.name))
    return tooLargeToReadWhole(file.size, 'JSON');
  return null;
}

async function readAndAdd(
  file: File,
  store: AppStore,
  options: ImportOptions,
  signal: AbortSignal,
  current: () => boolean,
): Promise<void> {
  const s = store.getState();
  const tooLarge = sizeProblem(file);
  if (tooLarge)
    return finish(store, emptyReport(file.name, { problems: [{ row: 0, field: 'file', reason: tooLarge }] }));
  const id = datasetIdFor(
    file.name,
    s.importedSets.map((x) => x.id),
  );
  s.setImportReport(null);
  // Rows per second are counted from when the phase (reading, then validating) began.
  let phase = { reading: true, since: Date.now() };
  s.setImportJob({ fileName: file.name, done: 0, total: 0 });
  const bundledTexts = new Map([...s.sources.keys()].map((source) => [source, s.sourceTexts.get(source) ?? '']));
  const end = await runImportWorker(
    { file, datasetId: id, existingIds: s.incidents.map((i) => i.id), bundledTexts, profile: options.profile },
    {
      signal,
      stallMs: options.stallMs,
      createWorker: options.createWorker,
      onProgress: (done, total, reading) => {
        if (!current()) return;
        const isReading = Boolean(reading);
        if (isReading !== phase.reading && total > 0) phase = { reading: isReading, since: Date.now() };
        const seconds = (Date.now() - phase.since) / 1000;
        const rows = reading ? reading.rows : done;
        const rowsPerSecond = seconds >= 1 && rows > 0 ? Math.round(rows / seconds) : undefined;
        store.getState().setImportJob({ fileName: file.name, done, total, reading, rowsPerSecond });
      },
    },
  );
  if (!current()) return;
  if (end.kind !== 'done') return finish(store, emptyReport(file.name, { ended: end satisfies ImportEnd }));
  const { outcome } = end;
  // Read and checked: from here on there is nothing left to cancel.
  store.getState().setImportJob(null);
  // The worker keeps every source id in this import's namespace; whatever is not is never written.
  const sources: Record<string, ImportedSource> = Object.fromEntries(
    Object.entries(outcome.sources).filter(([key]) => inNamespace(key, id)),
  );
  if (outcome.features.length > 0) {
    const set: ImportedSet = {
      id,
      name: file.name.replace(/\.[^.]+$/, ''),
      fileName: file.name,
      colour: IMPORT_COLOURS[store.getState().importedSets.length % IMPORT_COLOURS.length],
      importedAt: new Date().toISOString(),
      count: outcome.features.length,
      stored: false,
    };
    // Stored in time order, so a restore joins its parts as they are instead of merging them.
    const incidents = normalise(outcome.features, id, set.colour);
    const features = incidents.map((i) => i.feature);
    const saved = await withTimeout(saveImportedSet({ set, features, sources }), SAVE_MS, {
      saved: false,
      reason: `this browser’s storage did not answer within ${SAVE_MS / 1000} s`,
    });
    if (!current()) return;
    const storage = saved.saved ? { stored: true } : { stored: false, notSavedReason: saved.reason };
    store.getState().addImportedSet({ ...set, ...storage }, incidents, sources);
  }
  lastRead = { file, setId: outcome.features.length > 0 ? id : null, options };
  finish(store, {
    fileName: file.name,
    unit: outcome.unit,
    loaded: outcome.features.length,
    total: outcome.total,
    problems: outcome.problems,
    unusedColumns: outcome.unusedColumns,
    unusedColumnsTotal: outcome.unusedColumnsTotal,
    notes: outcome.notes,
    ...(outcome.profile ? { profile: outcome.profile } : {}),
  });
}

/** Read the last file again as `profile`: the layer it made is removed first, so its ids are free again. */
export function readAgainAs(profile: ProfileChoice, store: AppStore): Promise<void> {
  if (!lastRead) return Promise.resolve();
  const { file, setId, options } = lastRead;
  if (setId) store.getState().removeImportedSet(setId);
  return importFile(file, store, { ...options, profile });
}

function withTimeout(promise: Promise<SaveOutcome>, ms: number, fallback: SaveOutcome): Promise<SaveOutcome> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error) => (clearTimeout(timer), resolve({ saved: false, reason: String(error) })),
    );
  });
}
