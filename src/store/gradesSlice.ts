/**
 * The analyst's verdicts on incidents' sourcing: per incident, every grade override with its
 * reason and time, newest last. The suggested grade is computed, never stored; an override is
 * kept as history, so withdrawing one adds an entry rather than erasing what was decided.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { AppState, GradesSlice } from './types';
import { loadGrading } from './gradeSelectors';

type Slice = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], GradesSlice>;

export const createGradesSlice: Slice = (set, get) => ({
  gradeHistory: {},
  gradeStorageProblem: null,
  overrideGrade: (id, grade, reason, at = new Date().toISOString()) => {
    const trimmed = reason.trim();
    if (!trimmed) throw new Error('An override needs a reason');
    const history = get().gradeHistory;
    set({ gradeHistory: { ...history, [id]: [...(history[id] ?? []), { grade, reason: trimmed, at }] } });
  },
  restoreGradeHistory: (restored, prefer = 'mine') =>
    set({
      gradeHistory: prefer === 'mine' ? { ...restored, ...get().gradeHistory } : { ...get().gradeHistory, ...restored },
    }),
  setGradeStorageProblem: (gradeStorageProblem) => set({ gradeStorageProblem }),
  graderReady: false,
  loadGrader: () =>
    loadGrading().then(() => {
      if (!get().graderReady) set({ graderReady: true });
    }),
});
