import type { StateCreator } from 'zustand/vanilla';
import type { AnalysisSlice, AppState } from './types';

type Slice = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], AnalysisSlice>;

export const createAnalysisSlice: Slice = (set, get) => ({
  tool: 'none',
  measurePoints: [],
  nearbyKm: null,
  drawnArea: null,
  setTool: (tool) =>
    set(tool === get().tool ? {} : { tool, measurePoints: [], drawnArea: tool === 'area' ? null : get().drawnArea }),
  addMeasurePoint: (point) => set({ measurePoints: [...get().measurePoints, point] }),
  clearMeasure: () => set({ measurePoints: [] }),
  setNearbyKm: (nearbyKm) =>
    set({ nearbyKm: nearbyKm === null ? null : Math.max(1, Math.min(2000, Math.round(nearbyKm))) }),
  setDrawnArea: (drawnArea) => set({ drawnArea }),
});
