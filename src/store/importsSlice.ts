import type { StateCreator } from 'zustand/vanilla';
import type { AppState, ImportedSetEntry, ImportsSlice } from './types';
import { mergeIncidents } from '../data/incidentList';
import { inNamespace } from '../data/import/sourceNamespace';
import { derivedFromIncidents } from './dataSlice';
import { windowAfterDataChange } from '../time/windowPresets';
import { runSteps, runStepsPausing } from '../lib/steps';
import { addingSteps, type Added } from './addingSets';

type Slice = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], ImportsSlice>;

/**
 * Imported datasets join the one incident list, so the time slider, filters, list, details and
 * exports treat them like the bundled data. Adding or removing one renumbers the incidents; the
 * selection is kept while its incident is still loaded. The window follows the rule a user
 * expects (time/windowPresets): one left on the reporting period (where it opens) takes in the
 * import's own months, so what was just imported is in view; one on the whole record widens with
 * it; one set by hand stays, cut to the dates still loaded.
 * An incident id is loaded once: a set that brings an id another set already holds comes without it.
 */
export const createImportsSlice: Slice = (set, get) => {
  /** The changes of a new incident list, against the state as it is now (window, selection). */
  const incidentsChange = (derived: Added['derived']): Partial<AppState> => {
    const s = get();
    const timeRange = windowAfterDataChange(
      s.timeRange,
      { domain: s.timeDomain, reporting: s.reportingPeriod },
      { domain: derived.timeDomain, reporting: derived.reportingPeriod },
    );
    // Ids are stable, so a selection survives the renumbering as long as its incident is still loaded.
    const kept = s.selectedId !== null && derived.incidents.some((i) => i.id === s.selectedId) ? s.selectedId : null;
    return { ...derived, selectedId: kept, hoveredId: null, timeRange };
  };
  /** One update for the whole change, so that the map and the panels redraw once. */
  const apply = ({ importedSets, importedSources, derived, notices }: Added) => {
    set({ importedSets, importedSources, ...incidentsChange(derived) });
    notices.forEach((notice) => get().addNotice(notice));
  };
  const addImportedSets = (entries: ImportedSetEntry[]) => {
    if (entries.length > 0) apply(runSteps(addingSteps(get(), entries)));
  };
  /** As addImportedSets, pausing between its steps; worked out again (with pauses, twice more) if the list changed meanwhile. */
  const addImportedSetsPausing = async (entries: ImportedSetEntry[], pause: () => Promise<void>) => {
    if (entries.length === 0) return;
    for (let tries = 0; tries < 3; tries++) {
      const from = get();
      const added = await runStepsPausing(addingSteps(from, entries), pause);
      const now = get();
      if ((['incidents', 'importedSets', 'importedSources', 'actors'] as const).every((k) => now[k] === from[k]))
        return apply(added);
    }
    // The list kept changing under it (imports landing one after another): worked out at once.
    apply(runSteps(addingSteps(get(), entries)));
  };
  return {
    importedSets: [],
    importedSources: new Map(),
    hiddenDatasets: [],
    importJob: null,
    importReport: null,
    restoreProblems: [],
    storageUse: null,
    // One file the user just imported: the map frames it (sets restored at start-up are not framed).
    addImportedSet: (importedSet, incidents, sources) => {
      addImportedSets([{ set: importedSet, incidents, sources }]);
      if (get().incidents.some((i) => i.datasetId === importedSet.id)) get().requestFrame(importedSet.id);
    },
    addImportedSets,
    addImportedSetsPausing,
    updateImportedSet: (id, patch) =>
      set({ importedSets: get().importedSets.map((x) => (x.id === id ? { ...x, ...patch } : x)) }),
    removeImportedSet: (id) => {
      const s = get();
      if (!s.importedSets.some((x) => x.id === id)) return;
      set({
        importedSets: s.importedSets.filter((x) => x.id !== id),
        hiddenDatasets: s.hiddenDatasets.filter((x) => x !== id),
        importedSources: new Map([...s.importedSources].filter(([key]) => !inNamespace(key, id))),
        ...incidentsChange(
          derivedFromIncidents(mergeIncidents(s.incidents.filter((i) => i.datasetId !== id)), s.actors),
        ),
      });
    },
    toggleImportedSet: (id) => {
      const hidden = get().hiddenDatasets;
      set({ hiddenDatasets: hidden.includes(id) ? hidden.filter((x) => x !== id) : [...hidden, id] });
    },
    setImportJob: (importJob) => set({ importJob }),
    setImportReport: (importReport) => set({ importReport }),
    putRestoreProblem: (problem) =>
      set({ restoreProblems: [...get().restoreProblems.filter((p) => p.id !== problem.id), problem] }),
    dropRestoreProblem: (id) => set({ restoreProblems: get().restoreProblems.filter((p) => p.id !== id) }),
    setStorageUse: (storageUse) => set({ storageUse }),
  };
};
