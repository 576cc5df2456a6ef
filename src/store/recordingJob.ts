/**
 * Record video, the job as the store holds it (AppState.recording): the options chosen, what is
 * to be played, the progress and Cancel. The Record dialog (ui/) and the recorder (map/) meet
 * here, as map/ and ui/ always do, in the store. Both are loaded the first time the dialog opens;
 * the first paint carries only the state's initial value and its one setter (viewSlice.ts).
 */
import type { AppStore } from './appStore';
import type { Range, WindowMode } from '../time/window';

export type RecordingOutput = 'webm' | 'png-zip';

export interface RecordingOptions {
  output: RecordingOutput;
  /** What is played: the time playback (as Play does), or the open briefing's steps. */
  what?: 'playback' | 'briefing';
  /** The frame's size in pixels (even numbers, as video codecs want). */
  width: number;
  height: number;
  fps: number;
  /** How long the recording lasts, in seconds of video. */
  seconds: number;
}

export type RecordingStatus =
  | { state: 'idle' }
  | { state: 'rendering'; frame: number; total: number }
  /** WebM only: the frames drawn are played into the recorder, in real time. */
  | { state: 'encoding'; frame: number; total: number }
  | { state: 'finishing' }
  | { state: 'done'; fileName: string; bytes: number; frames: number; renderFps: number; durationMs: number }
  | { state: 'cancelled' }
  | { state: 'failed'; message: string };

/** What a recording would play, worked out by the recorder when the dialog opens. */
export interface RecordingPlan {
  start: Range;
  mode: WindowMode;
  daysPerSecond: number;
  stepToEvents: boolean;
  /** Seconds until Play reaches the end of the record. */
  untilEnd: number;
  /** The open briefing, when it has steps to record: its title, step count and length in seconds. */
  briefing: { title: string; steps: number; seconds: number } | null;
}

export interface RecordingJob {
  /** A request to record; seq makes repeated requests distinct. */
  request: { seq: number; options: RecordingOptions } | null;
  /** Set by Cancel; the recorder checks it before each frame. */
  cancelled: boolean;
  status: RecordingStatus;
  plan: RecordingPlan | null;
  /** The map's drawing size in pixels, for the "map's size" choice. */
  mapSize: { width: number; height: number } | null;
  /** Why this browser cannot write WebM (no MediaRecorder, no WebM), or null. */
  webmProblem: string | null;
  /** What the dialog offers first: the open briefing when opened from the briefing panel. */
  suggest?: 'playback' | 'briefing';
}

export const isRecording = (status: RecordingStatus) =>
  status.state === 'rendering' || status.state === 'encoding' || status.state === 'finishing';

export function startRecording(store: AppStore, options: RecordingOptions): void {
  const { recording, setRecording } = store.getState();
  setRecording({
    request: { seq: (recording.request?.seq ?? 0) + 1, options },
    cancelled: false,
    status: { state: 'rendering', frame: 0, total: Math.round(options.seconds * options.fps) },
  });
}

export const cancelRecording = (store: AppStore) => store.getState().setRecording({ cancelled: true });
