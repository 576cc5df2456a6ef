/**
 * "Export dataset": the bundled incidents and those accepted from added articles, as shown now
 * (local edits applied and listed), with every archived text and its SHA-256, as one .zip laid out
 * exactly like data/ (data/dataset/datasetFiles, lib/storedZip). Put in place of data/, it passes
 * `npm run validate-data`. Loaded only when the menu item is chosen.
 */
import { datasetFiles } from '../data/dataset/datasetFiles';
import { patchFieldNames } from '../data/history/incidentPatch';
import { downloadBlob } from '../lib/download';
import { storedZip } from '../lib/storedZip';
import { QUOTED_SET } from './storage/articles/quotedRecords';
import type { AppStore } from '../store/appStore';

export const DATASET_FILE_NAME = 'incident-atlas-dataset.zip';

/** Build and download the zip; resolves with what it holds in words (for a notice), or throws why not. */
export function exportDataset(store: AppStore, exportedAt = new Date().toISOString()): string {
  const s = store.getState();
  const localEdits = Object.values(s.edits)
    .filter((record) => record.patch !== null)
    .map((record) => ({
      id: record.id,
      fields: patchFieldNames(record.patch!),
      editedAt: record.log.findLast((e) => e.action !== 'accept' && e.action !== 'reject')?.at ?? exportedAt,
    }));
  const files = datasetFiles({
    incidents: s.incidents,
    // Added articles' layers, and the incidents made by quoting (checked verbatim against their texts).
    articleSetIds: new Set([...s.articles.map((a) => a.setId), QUOTED_SET]),
    sources: s.sources,
    sourceTexts: s.sourceTexts,
    actors: s.actors,
    datasetVersion: s.datasetVersion,
    exportedAt,
    localEdits,
  });
  const bytes = storedZip(files.entries, new Date(exportedAt));
  downloadBlob(DATASET_FILE_NAME, new Blob([bytes as BlobPart], { type: 'application/zip' }));
  return (
    `Dataset exported: ${files.incidentCount} incidents and ${files.sourceCount} archived sources in ${DATASET_FILE_NAME}` +
    (files.editedCount > 0 ? `, ${files.editedCount} with local edits (listed in its incidents.geojson)` : '') +
    (files.excerptsLeftOut > 0
      ? `; ${files.excerptsLeftOut} excerpts citing imported rows were left out of merged incidents`
      : '') +
    (files.leftOut > 0
      ? `. ${files.leftOut} imported incidents were left out: their excerpts were never checked against an archived text.`
      : '.')
  );
}
