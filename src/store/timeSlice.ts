import type { StateCreator } from 'zustand/vanilla';
import type { AppState, TimeSlice } from './types';
import { presetRange } from '../time/windowPresets';

type Slice = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], TimeSlice>;

export const createTimeSlice: Slice = (set, get) => ({
  timeDomain: [0, 0],
  timeRange: [0, 0],
  reportingPeriod: [0, 0],
  timelineZoom: 'reporting',
  matchRule: 'overlaps',
  windowMode: 'sliding',
  isPlaying: false,
  playSpeed: 4,
  stepToEvents: false,
  histogramInView: false,
  setMatchRule: (matchRule) => set({ matchRule }),
  setWindowMode: (windowMode) => set({ windowMode }),
  setPlaying: (isPlaying) => set({ isPlaying }),
  setPlaySpeed: (playSpeed) => set({ playSpeed: Math.max(0.5, Math.min(60, playSpeed)) }),
  setStepToEvents: (stepToEvents) => set({ stepToEvents }),
  setHistogramInView: (histogramInView) => set({ histogramInView }),
  setTimelineZoom: (timelineZoom) => set({ timelineZoom }),
  // One click: the window becomes the preset, and the brush draws it whole.
  showPreset: (preset) => {
    const s = get();
    set({
      timeRange: presetRange(preset, { domain: s.timeDomain, reporting: s.reportingPeriod }),
      timelineZoom: preset,
    });
  },
  setTimeRange: ([start, end]) => {
    const [min, max] = get().timeDomain;
    const a = Math.max(min, Math.min(max, Math.round(start)));
    const b = Math.max(min, Math.min(max, Math.round(end)));
    set({ timeRange: a <= b ? [a, b] : [b, a] });
  },
});
