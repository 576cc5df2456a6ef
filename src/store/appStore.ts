import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { useStore } from 'zustand';
import type { AppState } from './types';
import { createDataSlice } from './dataSlice';
import { createTimeSlice } from './timeSlice';
import { createSelectionSlice } from './selectionSlice';
import { createViewSlice } from './viewSlice';
import { createFiltersSlice } from './filtersSlice';
import { createAnalysisSlice } from './analysisSlice';
import { createDisplaySlice } from './displaySlice';
import { createImportsSlice } from './importsSlice';
import { createAuthoringSlice } from './authoringSlice';
import { createGradesSlice } from './gradesSlice';
import { createBriefingSlice } from './briefingSlice';
import { createEditsSlice } from './editsSlice';
import { createHistorySlice } from './historySlice';
import { createDuplicatesSlice } from './duplicatesSlice';

/** One vanilla store made of slices; the map and React both read it, and write only through its actions. */
export const createAppStore = () =>
  createStore<AppState>()(
    subscribeWithSelector((...a) => ({
      ...createDataSlice(...a),
      ...createTimeSlice(...a),
      ...createSelectionSlice(...a),
      ...createViewSlice(...a),
      ...createFiltersSlice(...a),
      ...createAnalysisSlice(...a),
      ...createDisplaySlice(...a),
      ...createImportsSlice(...a),
      ...createAuthoringSlice(...a),
      ...createGradesSlice(...a),
      ...createBriefingSlice(...a),
      ...createEditsSlice(...a),
      ...createHistorySlice(...a),
      ...createDuplicatesSlice(...a),
    })),
  );

export type AppStore = ReturnType<typeof createAppStore>;
export const appStore = createAppStore();
export const useAppStore = <T>(selector: (s: AppState) => T): T => useStore(appStore, selector);
