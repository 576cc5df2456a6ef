import type { StateCreator } from 'zustand/vanilla';
import type { AppState, ViewSlice } from './types';

type Slice = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], ViewSlice>;

export const createViewSlice: Slice = (set, get) => ({
  viewBounds: null,
  camera: null,
  flyTarget: null,
  notices: [],
  setViewBounds: (viewBounds, camera) => set(camera ? { viewBounds, camera } : { viewBounds }),
  addNotice: (message) => set({ notices: [...get().notices, message] }),
  dismissNotices: () => set({ notices: [] }),
  imageRequest: null,
  aboutOpen: false,
  setAboutOpen: (aboutOpen) => set({ aboutOpen }),
  recorderOpen: false,
  setRecorderOpen: (recorderOpen) => set({ recorderOpen }),
  // Written out here, not imported: store/recordingJob.ts is loaded only with the Record dialog.
  recording: {
    request: null,
    cancelled: false,
    status: { state: 'idle' },
    plan: null,
    mapSize: null,
    webmProblem: null,
  },
  setRecording: (patch) => set({ recording: { ...get().recording, ...patch } }),
  requestImage: (caption) => set({ imageRequest: { seq: (get().imageRequest?.seq ?? 0) + 1, caption } }),
  listOrder: 'newest',
  setListOrder: (listOrder) => set({ listOrder }),
  flyToIncident: (id) => set({ flyTarget: { id, seq: (get().flyTarget?.seq ?? 0) + 1 } }),
  frameRequest: null,
  requestFrame: (datasetId) => set({ frameRequest: { datasetId, seq: (get().frameRequest?.seq ?? 0) + 1 } }),
});
