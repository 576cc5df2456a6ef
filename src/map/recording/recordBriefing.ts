/**
 * Record the open briefing: each step is presented (its window, filters, layers and selection, the
 * rest dimmed, as Present shows it), the camera set to the step's view at once (a cut, not a
 * flight, so every frame is the step as composed), and once the map has drawn it the frame is
 * composed with the step's caption burnt in, then held for the step's own autoplay seconds. As
 * with the time playback, frames are made at a fixed step, not by the clock. Afterwards the
 * presentation stops and the window, the selection, the camera and the pixel ratio are as they were.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { AppStore } from '../../store/appStore';
import type { RecordingOptions } from '../../store/recordingJob';
import { selectOpenBriefing } from '../../store/briefingSlice';
import { drawFrame, frameTextOf } from './drawFrame';
import { RecordingCancelled } from './frameSinks';
import { recordingFrame } from './recordingFrame';
import { attributionOf, mapDrawn, type Recorded } from './recordPlayback';

/** Frames each step holds: its autoplay seconds at the frame rate, at least one. */
export const framesOfSteps = (seconds: readonly number[], fps: number) =>
  seconds.map((s) => Math.max(1, Math.round(s * fps)));

const fileNameOf = (title: string) =>
  `incident-atlas-briefing-${
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'untitled'
  }`;

export async function recordBriefing(map: MaplibreMap, store: AppStore, options: RecordingOptions): Promise<Recorded> {
  const s = store.getState();
  const briefing = selectOpenBriefing(s);
  if (!briefing || briefing.steps.length === 0) throw new Error('there is no open briefing with steps to record');
  const before = {
    range: s.timeRange,
    selected: s.selectedId,
    camera: { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() },
    playing: s.isPlaying,
  };
  const holds = framesOfSteps(
    briefing.steps.map((step) => step.seconds),
    options.fps,
  );
  const total = holds.reduce((a, b) => a + b, 0);
  const { ctx, sink, cancelled, cover, restore } = recordingFrame(map, store, options);
  let renderingMs = 0;
  let frame = 0;
  try {
    s.setPlaying(false);
    s.setAutoplay(false);
    cover();
    await document.fonts?.ready;
    const attribution = attributionOf(map);
    for (const [i, step] of briefing.steps.entries()) {
      if (cancelled()) throw new RecordingCancelled();
      const started = performance.now();
      store.getState().present(i);
      const camera = step.view.camera;
      if (camera) map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
      await mapDrawn(map);
      const caption = { heading: `Step ${i + 1} of ${briefing.steps.length}`, text: step.caption };
      drawFrame(ctx, map.getCanvas(), { ...frameTextOf(store.getState(), attribution), caption });
      renderingMs += performance.now() - started;
      for (let k = 0; k < holds[i]; k++) {
        if (cancelled()) throw new RecordingCancelled();
        store.getState().setRecording({ status: { state: 'rendering', frame: ++frame, total } });
        await sink.frame(k === 0);
      }
    }
    store.getState().setRecording({ status: { state: 'finishing' } });
    const { blob, durationMs } = await sink.finish((f, of) =>
      store.getState().setRecording({ status: { state: 'encoding', frame: f, total: of } }),
    );
    return {
      blob,
      fileName: `${fileNameOf(briefing.title)}.${options.output === 'webm' ? 'webm' : 'png.zip'}`,
      frames: total,
      durationMs,
      drawn: briefing.steps.length,
      renderFps: briefing.steps.length / Math.max(0.001, renderingMs / 1000),
    };
  } catch (error) {
    sink.abort();
    throw error;
  } finally {
    const after = store.getState();
    after.stopPresenting();
    after.setTimeRange(before.range);
    after.selectIncident(before.selected);
    map.jumpTo(before.camera);
    restore();
    if (before.playing) after.setPlaying(true);
  }
}
