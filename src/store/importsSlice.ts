import type { StateCreator } from 'zustand/vanilla';
import type { AppState, ImportsSlice } from './types';
import { mergeIncidents } from '../data/incidentList';
import { inNamespace } from '../data/import/sourceNamespace';
import { derivedFromIncidents } from './dataSlice';

type Slice = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], ImportsSlice>;

/**
 * Imported datasets join the one incident list, so the time slider, filters, list, details and
 * exports treat them like the bundled data. Adding or removing one renumbers the incidents; the
 * selection is kept while its incident is still loaded; a window that showed the whole record widens with it.
 */
export const createImportsSlice: Slice = (set, get) => {
  const replaceIncidents = (incidents: AppState['incidents']) => {
    const s = get();
    const wasWhole = s.timeRange[0] === s.timeDomain[0] && s.timeRange[1] === s.timeDomain[1];
    const derived = derivedFromIncidents(incidents, s.actors);
    // Ids are stable, so a selection survives the renumbering as long as its incident is still loaded.
    const kept = s.selectedId !== null && incidents.some((i) => i.id === s.selectedId) ? s.selectedId : null;
    set({ ...derived, selectedId: kept, hoveredId: null, ...(wasWhole ? { timeRange: derived.timeDomain } : {}) });
  };
  return {
    importedSets: [],
    importedSources: new Map(),
    hiddenDatasets: [],
    importJob: null,
    importReport: null,
    addImportedSet: (importedSet, incidents, sources) => {
      const s = get();
      const others = s.incidents.filter((i) => i.datasetId !== importedSet.id);
      set({
        importedSets: [...s.importedSets.filter((x) => x.id !== importedSet.id), importedSet],
        // Only keys in the set's own namespace: an import never writes over a bundled or another import's source.
        importedSources: new Map([
          ...s.importedSources,
          ...Object.entries(sources).filter(([key]) => inNamespace(key, importedSet.id)),
        ]),
      });
      replaceIncidents(
        mergeIncidents(
          others,
          incidents.map((i) => ({ ...i, datasetId: importedSet.id, ringColour: importedSet.colour })),
        ),
      );
    },
    removeImportedSet: (id) => {
      const s = get();
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
  };
};
