import type { StateCreator } from 'zustand/vanilla';
import type { AppState, ImportedSetEntry, ImportsSlice } from './types';
import { mergeAndNumber, mergeIncidents } from '../data/incidentList';
import { inNamespace } from '../data/import/sourceNamespace';
import { derivedFromIncidents } from './dataSlice';
import { windowAfterDataChange } from '../time/windowPresets';

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
  const replaceIncidents = (incidents: AppState['incidents']) => {
    const s = get();
    const derived = derivedFromIncidents(incidents, s.actors);
    const timeRange = windowAfterDataChange(
      s.timeRange,
      { domain: s.timeDomain, reporting: s.reportingPeriod },
      { domain: derived.timeDomain, reporting: derived.reportingPeriod },
    );
    // Ids are stable, so a selection survives the renumbering as long as its incident is still loaded.
    const kept = s.selectedId !== null && incidents.some((i) => i.id === s.selectedId) ? s.selectedId : null;
    set({ ...derived, selectedId: kept, hoveredId: null, timeRange });
  };
  const addImportedSets = (entries: ImportedSetEntry[]) => {
    if (entries.length === 0) return;
    const s = get();
    const replaced = new Set(entries.map((e) => e.set.id));
    const others = s.incidents.filter((i) => !i.datasetId || !replaced.has(i.datasetId));
    const taken = new Set(others.map((i) => i.id));
    const sets = [...s.importedSets.filter((x) => !replaced.has(x.id))];
    const added: AppState['incidents'][] = [];
    const sources = new Map(s.importedSources);
    for (const [n, { set: importedSet, incidents, sources: own }] of entries.entries()) {
      const fresh = incidents.some((i) => taken.has(i.id)) ? incidents.filter((i) => !taken.has(i.id)) : incidents;
      // Only a set still to come needs these ids held against it (a restore of 100,000 adds one set).
      if (n < entries.length - 1) fresh.forEach((i) => taken.add(i.id));
      if (fresh.length < incidents.length)
        s.addNotice(
          `${importedSet.name}: ${incidents.length - fresh.length} of its incidents were left out because another loaded layer already has their ids.`,
        );
      sets.push(fresh.length < incidents.length ? { ...importedSet, count: fresh.length } : importedSet);
      const { id, colour } = importedSet;
      // A restored set comes tagged already (io/storage/imports/restoreStored), and is not copied again.
      const tagged = (i: (typeof fresh)[number]) => i.datasetId === id && i.ringColour === colour;
      added.push(
        fresh.every(tagged) ? fresh : fresh.map((i) => (tagged(i) ? i : { ...i, datasetId: id, ringColour: colour })),
      );
      // Only keys in the set's own namespace: an import never writes over a bundled or another import's source.
      Object.entries(own).forEach(([key, source]) => inNamespace(key, importedSet.id) && sources.set(key, source));
    }
    set({ importedSets: sets, importedSources: sources });
    // The incidents an entry brings are its own, new objects (restored or just imported): numbered in place.
    replaceIncidents(mergeAndNumber([others, ...added], (i) => i.datasetId !== undefined && replaced.has(i.datasetId)));
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
    updateImportedSet: (id, patch) =>
      set({ importedSets: get().importedSets.map((x) => (x.id === id ? { ...x, ...patch } : x)) }),
    removeImportedSet: (id) => {
      const s = get();
      if (!s.importedSets.some((x) => x.id === id)) return;
      set({
        importedSets: s.importedSets.filter((x) => x.id !== id),
        hiddenDatasets: s.hiddenDatasets.filter((x) => x !== id),
        importedSources: new Map([...s.importedSources].filter(([key]) => !inNamespace(key, id))),
      });
      replaceIncidents(mergeIncidents(s.incidents.filter((i) => i.datasetId !== id)));
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
