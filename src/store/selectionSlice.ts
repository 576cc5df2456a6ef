import type { StateCreator } from 'zustand/vanilla';
import type { AppState, SelectionSlice } from './types';

type Slice = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], SelectionSlice>;

export const createSelectionSlice: Slice = (set, get) => ({
  selectedId: null,
  hoveredId: null,
  reading: null,
  colocated: null,
  selectIncident: (id) => {
    const known = id === null || get().incidents.some((i) => i.id === id);
    set({ selectedId: known ? id : null, reading: null, colocated: null });
  },
  hoverIncident: (hoveredId) => set({ hoveredId }),
  openSource: (incidentId, excerpt) => set({ reading: { incidentId, excerpt } }),
  closeSource: () => set({ reading: null }),
  showColocated: (colocated) => set({ colocated }),
});
