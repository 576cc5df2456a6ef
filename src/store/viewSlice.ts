import type { StateCreator } from 'zustand/vanilla';
import type { AppState, ViewSlice } from './types';

type Slice = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], ViewSlice>;

export const createViewSlice: Slice = (set, get) => ({
  viewBounds: null,
  flyTarget: null,
  setViewBounds: (viewBounds) => set({ viewBounds }),
  flyToIncident: (id) => set({ flyTarget: { id, seq: (get().flyTarget?.seq ?? 0) + 1 } }),
});
