import type { StateCreator } from 'zustand/vanilla';
import type { AppState, TimeSlice } from './types';

type Slice = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], TimeSlice>;

export const createTimeSlice: Slice = (set, get) => ({
  timeDomain: [0, 0],
  timeRange: [0, 0],
  setTimeRange: ([start, end]) => {
    const [min, max] = get().timeDomain;
    const a = Math.max(min, Math.min(max, Math.round(start)));
    const b = Math.max(min, Math.min(max, Math.round(end)));
    set({ timeRange: a <= b ? [a, b] : [b, a] });
  },
});
