/**
 * What every recording starts with: the frame's canvas at the chosen size, the sink the frames go
 * to (WebM or PNG zip), Cancel as the store holds it, and the map drawn at a pixel ratio that covers
 * the frame; `restore` gives the map its own pixel ratio back. Used by the time playback
 * (recordPlayback.ts) and the briefing (recordBriefing.ts).
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { AppStore } from '../../store/appStore';
import type { RecordingOptions } from '../../store/recordingJob';
import { coveringPixelRatio } from './frameLayout';
import { createPngSequenceSink, type FrameSink } from './frameSinks';
import { createWebmSink } from './webmSink';

export interface RecordingFrame {
  ctx: CanvasRenderingContext2D;
  sink: FrameSink;
  cancelled: () => boolean;
  /** Draw the map at a pixel ratio that covers the frame (call inside the recording's try). */
  cover: () => void;
  restore: () => void;
}

export function recordingFrame(map: MaplibreMap, store: AppStore, options: RecordingOptions): RecordingFrame {
  const canvas = document.createElement('canvas');
  canvas.width = options.width;
  canvas.height = options.height;
  const cancelled = () => store.getState().recording.cancelled;
  const own = map.getPixelRatio();
  return {
    ctx: canvas.getContext('2d', { alpha: false })!,
    sink:
      options.output === 'webm'
        ? createWebmSink(options.fps, canvas, cancelled)
        : createPngSequenceSink(options.fps, canvas),
    cancelled,
    cover: () => {
      const source = map.getCanvas();
      const ratio = coveringPixelRatio(source.clientWidth, source.clientHeight, canvas.width, canvas.height, own);
      if (ratio !== own) map.setPixelRatio(ratio);
    },
    restore: () => {
      if (map.getPixelRatio() !== own) map.setPixelRatio(own);
    },
  };
}
