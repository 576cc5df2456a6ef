/**
 * Record the current time playback: for frame k of N, set the window Play would show k / fps
 * seconds in (src/time/recordedPlayback.ts), wait until the map has drawn it, compose the frame
 * (drawFrame) and hand it to the sink (WebM or PNG sequence). Frames are made at a fixed time
 * step, not by the clock, so a slow machine makes a recording that takes longer, not one that
 * stutters. While recording, the map is drawn at a pixel ratio that covers the frame; afterwards
 * the window, the pixel ratio and playback are as they were.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { AppStore } from '../../store/appStore';
import type { AppState } from '../../store/types';
import type { RecordingOptions } from '../../store/recordingJob';
import { windowsOfFrames, type PlaybackScene } from '../../time/recordedPlayback';
import { fromDayNumber } from '../../lib/days';
import { drawFrame, frameTextOf } from './drawFrame';
import { RecordingCancelled } from './frameSinks';
import { recordingFrame } from './recordingFrame';

export interface Recorded {
  blob: Blob;
  fileName: string;
  frames: number;
  durationMs: number;
  /** Distinct frames drawn (the others repeat the one before: the window moves every few frames). */
  drawn: number;
  /** Distinct frames per second of rendering: window set, map drawn, frame composed and stored. */
  renderFps: number;
}

/**
 * The credits as the map's attribution control shows them (the offline basemap's sources, or an
 * online style's and ours), read as text; failing that, the attributions in the map's style.
 * Read from the map, not imported from basemapStyle.ts: sharing that module with the first paint
 * would split it off as a chunk of its own, which the first paint's budget has no room for.
 */
export function attributionOf(map: MaplibreMap): string {
  const shown = map.getContainer().querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.trim();
  if (shown) return shown.replace(/\s*\|\s*/g, ' · ');
  const credits = Object.values(map.getStyle().sources).map((s) => ('attribution' in s ? s.attribution : undefined));
  return [...new Set(credits.filter(Boolean))].join(' · ').replace(/<[^>]+>/g, '');
}

/** What Play would do from the app's state now. */
export const playbackSceneOf = (s: AppState): PlaybackScene => ({
  range: s.timeRange,
  domain: s.timeDomain,
  mode: s.windowMode,
  daysPerSecond: s.playSpeed,
  stepToEvents: s.stepToEvents,
  startDays: s.timeIndex.starts,
});

/** Resolves once the map has drawn what the store now holds (the store → map update runs on the next animation frame). */
export const mapDrawn = (map: MaplibreMap) =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    }),
  );

export async function recordPlayback(map: MaplibreMap, store: AppStore, options: RecordingOptions): Promise<Recorded> {
  const s = store.getState();
  const before = { range: s.timeRange, playing: s.isPlaying };
  const total = Math.max(1, Math.round(options.seconds * options.fps));
  const windows = windowsOfFrames(playbackSceneOf(s), options.fps, total);
  const { ctx, sink, cancelled, cover, restore } = recordingFrame(map, store, options);
  let renderingMs = 0;
  let drawn = 0;
  try {
    s.setPlaying(false);
    cover();
    await document.fonts?.ready;
    const attribution = attributionOf(map);
    let shown: readonly number[] | null = null;
    for (let k = 0; k < total; k++) {
      if (cancelled()) throw new RecordingCancelled();
      store.getState().setRecording({ status: { state: 'rendering', frame: k + 1, total } });
      const started = performance.now();
      const range = windows[k];
      // Between two moves of the window the frame is the same: it is neither drawn nor stored again.
      const changed = !shown || shown[0] !== range[0] || shown[1] !== range[1];
      if (changed) {
        store.getState().setTimeRange(range);
        await mapDrawn(map);
        shown = range;
        drawFrame(ctx, map.getCanvas(), frameTextOf(store.getState(), attribution));
      }
      await sink.frame(changed);
      renderingMs += performance.now() - started;
      if (changed) drawn++;
    }
    store.getState().setRecording({ status: { state: 'finishing' } });
    const { blob, durationMs } = await sink.finish((frame, of) =>
      store.getState().setRecording({ status: { state: 'encoding', frame, total: of } }),
    );
    const [from, to] = [windows[0][0], windows[total - 1][1]].map(fromDayNumber);
    return {
      blob,
      fileName: `incident-atlas-${from}-to-${to}.${options.output === 'webm' ? 'webm' : 'png.zip'}`,
      frames: total,
      durationMs,
      drawn,
      renderFps: drawn / Math.max(0.001, renderingMs / 1000),
    };
  } catch (error) {
    sink.abort();
    throw error;
  } finally {
    restore();
    store.getState().setTimeRange(before.range);
    if (before.playing) store.getState().setPlaying(true);
  }
}
