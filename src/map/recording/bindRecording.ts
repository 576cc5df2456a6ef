/**
 * Record video, map side: loaded the first time the Record dialog opens (bindWhenNeeded). Each
 * time it opens, it tells the dialog what would be played (the time playback, and the open
 * briefing when it has steps), the map's drawing size and whether
 * this browser writes WebM; it records when asked (AppState.recording), one recording at a time,
 * saves the file at the end and reports progress, Cancel and failures.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { AppStore } from '../../store/appStore';
import type { RecordingPlan, RecordingStatus } from '../../store/recordingJob';
import type { AppState } from '../../store/types';
import { selectOpenBriefing } from '../../store/briefingSlice';
import { recordBriefing } from './recordBriefing';
import { downloadBlob } from '../../lib/download';
import { playbackSeconds, playbackStart } from '../../time/recordedPlayback';
import { playbackSceneOf, recordPlayback } from './recordPlayback';
import { RecordingCancelled, RecordingUnsupported } from './frameSinks';
import { webmSupport } from './webmSink';

function describeFailure(error: unknown): string {
  if (error instanceof RecordingUnsupported) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `The recording failed: ${message}.`;
}

function briefingPlan(s: AppState): RecordingPlan['briefing'] {
  const briefing = selectOpenBriefing(s);
  if (!briefing || briefing.steps.length === 0) return null;
  const seconds = briefing.steps.reduce((sum, step) => sum + step.seconds, 0);
  return { title: briefing.title, steps: briefing.steps.length, seconds };
}

export function bindRecording(map: MaplibreMap, store: AppStore): () => void {
  const setStatus = (status: RecordingStatus) => store.getState().setRecording({ status });
  const describe = () => {
    const s = store.getState();
    const scene = playbackSceneOf(s);
    const canvas = map.getCanvas();
    const support = webmSupport();
    s.setRecording({
      plan: {
        start: playbackStart(scene),
        mode: scene.mode,
        daysPerSecond: scene.daysPerSecond,
        stepToEvents: scene.stepToEvents,
        untilEnd: playbackSeconds(scene),
        briefing: briefingPlan(s),
      },
      mapSize: { width: canvas.width, height: canvas.height },
      webmProblem: 'reason' in support ? support.reason : null,
    });
  };
  const unsubscribeOpen = store.subscribe(
    (s) => s.recorderOpen,
    (open) => {
      if (open) describe();
    },
    { fireImmediately: true },
  );
  let busy = false;
  const unsubscribe = store.subscribe(
    (s) => s.recording.request,
    (request) => {
      if (!request || busy) return;
      busy = true;
      (request.options.what === 'briefing' ? recordBriefing : recordPlayback)(map, store, request.options)
        .then((done) => {
          downloadBlob(done.fileName, done.blob);
          setStatus({
            state: 'done',
            fileName: done.fileName,
            bytes: done.blob.size,
            frames: done.frames,
            renderFps: done.renderFps,
            durationMs: done.durationMs,
          });
        })
        .catch((error: unknown) => {
          if (error instanceof RecordingCancelled) setStatus({ state: 'cancelled' });
          else {
            console.error('Recording failed', error);
            setStatus({ state: 'failed', message: describeFailure(error) });
          }
        })
        .finally(() => {
          busy = false;
        });
    },
  );
  return () => {
    store.getState().setRecording({ cancelled: true });
    unsubscribeOpen();
    unsubscribe();
  };
}
