import type { StateCreator } from 'zustand/vanilla';
import type { AppState, DisplaySlice } from './types';

type Slice = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], DisplaySlice>;

/** How the page is shown rather than what it shows: theme, the phone sheet's height, the map's readiness. */
export const createDisplaySlice: Slice = (set) => ({
  themeChoice: 'system',
  systemDark: false,
  sheetSnap: 'peek',
  mapStatus: { state: 'loading' },
  setThemeChoice: (themeChoice) => set({ themeChoice }),
  setSystemDark: (systemDark) => set({ systemDark }),
  setSheetSnap: (sheetSnap) => set({ sheetSnap }),
  setMapStatus: (mapStatus) => set({ mapStatus }),
});

/** The theme actually drawn: the user's choice, or the system's when they chose "system". */
export const selectDarkTheme = (s: Pick<AppState, 'themeChoice' | 'systemDark'>): boolean =>
  s.themeChoice === 'dark' || (s.themeChoice === 'system' && s.systemDark);
