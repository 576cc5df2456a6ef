/**
 * Import a user's file: refuse what is too big at once, parse and validate in a worker with
 * progress, add the valid incidents as their own layer, store them in this browser, and leave a
 * report of every row that could not be loaded.
 */
import type { AppStore } from '../store/appStore';
import type { ImportedSet } from '../store/types';
import type { ImportOutcome } from '../data/import/importText';
import { IMPORT_LIMITS } from '../data/import/importLimits';
import type { ImportMessage, ImportRequest } from './importWorker';
import { normalise } from '../data/incidentList';
import { saveImportedSet } from './persistImports';
import { datasetIdFor, IMPORT_COLOURS } from './datasetId';

export async function importFile(file: File, store: AppStore): Promise<void> {
  const s = store.getState();
  const id = datasetIdFor(
    file.name,
    s.importedSets.map((x) => x.id),
  );
  if (file.size > IMPORT_LIMITS.bytes) {
    s.setImportReport({
      fileName: file.name,
      unit: 'row',
      loaded: 0,
      total: 0,
      unusedColumns: [],
      problems: [
        {
          row: 0,
          field: 'file',
          reason: `is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${IMPORT_LIMITS.bytes / 1048576} MB. Split it into smaller files.`,
        },
      ],
    });
    return;
  }
  s.setImportReport(null);
  s.setImportJob({ fileName: file.name, done: 0, total: 0 });
  const outcome = await runWorker({ file, datasetId: id, existingIds: s.incidents.map((i) => i.id) }, (done, total) =>
    store.getState().setImportJob({ fileName: file.name, done, total }),
  );
  store.getState().setImportJob(null);
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
    const saved = await saveImportedSet({ set, features: outcome.features, sources: outcome.sources });
    const storage = saved.saved ? { stored: true } : { stored: false, notSavedReason: saved.reason };
    store.getState().addImportedSet({ ...set, ...storage }, normalise(outcome.features, id), outcome.sources);
  }
  store.getState().setImportReport({
    fileName: file.name,
    unit: outcome.unit,
    loaded: outcome.features.length,
    total: outcome.total,
    problems: outcome.problems,
    unusedColumns: outcome.unusedColumns,
  });
}

function runWorker(request: ImportRequest, onProgress: (done: number, total: number) => void): Promise<ImportOutcome> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ImportMessage>) => {
      if (event.data.type === 'progress') onProgress(event.data.done, event.data.total);
      else {
        worker.terminate();
        resolve(event.data.outcome);
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({
        format: null,
        unit: 'row',
        features: [],
        total: 0,
        unusedColumns: [],
        sources: {},
        problems: [
          { row: 0, field: 'file', reason: `could not be read: ${event.message || 'the import worker stopped'}` },
        ],
      });
    };
    worker.postMessage(request);
  });
}
