/**
 * The ways out that an error boundary offers (ui/ErrorBoundary.tsx), bound to the app's store:
 * export what was imported, as held in memory, and clear what this browser stored, then reload.
 */
import type { AppStore } from '../store/appStore';
import type { RecoveryActions } from '../ui/ErrorBoundary';
import { selectSuggestedGradeOf } from '../store/gradeSelectors';
import { downloadBlob } from '../lib/download';
import { clearStoredData } from '../io/clearStoredData';

export const EXPORT_FILE = 'incident-atlas-my-data.geojson';

/** JSON that cannot fail on what a corrupt record might hold: a BigInt becomes text, a Map an object, a cycle a marker. */
function safeJson(value: unknown): string {
  const plain = (_key: string, v: unknown) =>
    typeof v === 'bigint' ? v.toString() : v instanceof Map ? Object.fromEntries(v) : v;
  try {
    return JSON.stringify(value, plain, 2);
  } catch {
    const seen = new WeakSet<object>();
    return JSON.stringify(
      value,
      (key, v: unknown) => {
        const out = plain(key, v);
        if (typeof out !== 'object' || out === null) return out;
        if (seen.has(out)) return '[cycle]';
        seen.add(out);
        return out;
      },
      2,
    );
  }
}

/**
 * Every imported set with its incidents as GeoJSON features carrying every provenance field and
 * their grades (in force and suggested), the sources its excerpts cite (file, row, outlet, link),
 * the sets themselves and every grade override with its history. If the normal export
 * cannot be built from what is in memory, the features are written as they are.
 */
export async function importedDataAsGeoJson(
  store: AppStore,
): Promise<{ json: string; sets: number; incidents: number }> {
  const s = store.getState();
  const ids = new Set(s.importedSets.map((set) => set.id));
  const incidents = s.incidents.filter((i) => i.datasetId !== undefined && ids.has(i.datasetId));
  const scope = 'every dataset imported into this browser, as held in memory';
  let body: object;
  try {
    // Loaded only when asked for, so that the export code is not part of the first paint.
    const { toGeoJsonExport } = await import('../data/exportData');
    body = toGeoJsonExport(incidents, {
      sources: s.sources,
      importedSources: s.importedSources,
      actors: s.actors,
      scope,
      datasetVersion: s.datasetVersion,
      exportedAt: new Date().toISOString(),
      gradeHistory: s.gradeHistory,
      suggestedGrade: selectSuggestedGradeOf(s) ?? undefined, // when already graded: recovery loads nothing
    });
  } catch {
    body = {
      type: 'FeatureCollection',
      metadata: { generator: 'Incident Atlas', scope, count: incidents.length },
      sources: [...s.importedSources].map(([id, source]) => ({ id, imported: true, ...source })),
      features: incidents.map((i) => i.feature),
    };
  }
  // Every override the analyst made, bundled incidents' too: their verdicts are theirs to keep.
  const json = safeJson({ ...body, datasets: s.importedSets, gradeHistory: s.gradeHistory });
  return { json, sets: s.importedSets.length, incidents: incidents.length };
}

export function createRecoveryActions(store: AppStore, reload: () => void = () => window.location.reload()) {
  const actions: RecoveryActions = {
    exportData: async () => {
      const { json, sets, incidents } = await importedDataAsGeoJson(store);
      if (sets === 0)
        return 'Nothing to export: no imported data is loaded. The bundled data comes back with the page.';
      downloadBlob(EXPORT_FILE, new Blob([json], { type: 'application/geo+json' }));
      return `Saved ${EXPORT_FILE}: ${incidents} incidents from ${sets} imported dataset${sets === 1 ? '' : 's'}, with their excerpts and sources.`;
    },
    clearStoredData: async (onWaiting) => {
      await clearStoredData({
        onBlocked: () => onWaiting('Waiting for other Incident Atlas tabs to close: close them to finish clearing.'),
      });
      reload();
    },
  };
  return actions;
}
