import type { StateCreator } from 'zustand/vanilla';
import type { AppState, BaseLayer, FiltersSlice } from './types';

type Slice = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], FiltersSlice>;

export const DEFAULT_BASE_LAYERS: Record<BaseLayer, boolean> = {
  points: true,
  clusters: true,
  heatmap: false,
  labels: true,
};

const toggled = <T>(list: T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

export const createFiltersSlice: Slice = (set, get) => ({
  hiddenCategories: [],
  actorId: null,
  hiddenPrecisions: [],
  hiddenProvenances: [],
  hiddenGrades: [],
  searchText: '',
  area: null,
  baseLayers: DEFAULT_BASE_LAYERS,
  colourBy: 'category',
  setColourBy: (colourBy) => set({ colourBy }),
  contextLayersOn: [],
  toggleCategory: (category) => set({ hiddenCategories: toggled(get().hiddenCategories, category) }),
  setActor: (actorId) => set({ actorId: actorId !== null && get().actors.has(actorId) ? actorId : null }),
  togglePrecision: (precision) => set({ hiddenPrecisions: toggled(get().hiddenPrecisions, precision) }),
  toggleProvenance: (provenance) => set({ hiddenProvenances: toggled(get().hiddenProvenances, provenance) }),
  toggleGrade: (grade) => set({ hiddenGrades: toggled(get().hiddenGrades, grade) }),
  setSearchText: (searchText) => set({ searchText: searchText.slice(0, 200) }),
  setArea: (area) => set({ area }),
  setBaseLayer: (layer, on) => set({ baseLayers: { ...get().baseLayers, [layer]: on } }),
  setContextLayer: (id, on) => {
    const rest = get().contextLayersOn.filter((x) => x !== id);
    set({ contextLayersOn: on && get().contextLayers.some((l) => l.metadata.id === id) ? [...rest, id] : rest });
  },
  clearFilters: () =>
    set({
      hiddenDatasets: [],
      hiddenCategories: [],
      actorId: null,
      hiddenPrecisions: [],
      hiddenProvenances: [],
      hiddenGrades: [],
      searchText: '',
      area: null,
    }),
});
