/**
 * Where recorded frames go: a WebM video (webmSink.ts) or a zip of PNG files (here). Frames come
 * in order, one per fixed time step, each once it is drawn in full; a sink is told whether the
 * frame differs from the one before (between two moves of the window it does not), so that it
 * can keep one image for a run of equal frames.
 */
import { storedZip, type ZipEntry } from '../../lib/storedZip';
import { frameFileName } from './frameLayout';

export interface FrameSink {
  /** Take the canvas as it is now as the next frame; `changed` is false when it is the same as the last. */
  frame: (changed: boolean) => Promise<void>;
  /** The file, once every frame is in; `progress` hears of the frames written, when writing takes time. */
  finish: (progress: (frame: number, total: number) => void) => Promise<{ blob: Blob; durationMs: number }>;
  /** Stop without a file (Cancel, or a failure). */
  abort: () => void;
}

/** Why a recording cannot start in this browser, in words the dialog shows. */
export class RecordingUnsupported extends Error {}

/** Thrown where Cancel is noticed. */
export class RecordingCancelled extends Error {}

/** The canvas as an image file. */
export const imageOf = (canvas: HTMLCanvasElement, type = 'image/png') =>
  new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(`${type} encoding failed`))), type),
  );

/** Nothing from ZIP64: a stored zip holds at most 4 GiB (some 5,000 frames at 1080p). */
const ZIP_LIMIT = 4 * 1024 ** 3 - 1024 ** 2;

/**
 * PNG sequence: frame-00001.png onwards, stored uncompressed (PNG is compressed already) with
 * lib/storedZip. No pacing is needed: each file is one frame, whatever the time it took to draw.
 * A frame equal to the last is the same bytes again, not encoded again. The zip is built in memory.
 */
export function createPngSequenceSink(fps: number, canvas: HTMLCanvasElement): FrameSink {
  const entries: ZipEntry[] = [];
  let last: Uint8Array | null = null;
  let total = 0;
  return {
    async frame(changed) {
      if (changed || !last) last = new Uint8Array(await (await imageOf(canvas)).arrayBuffer());
      total += last.length + 100;
      if (total > ZIP_LIMIT) throw new Error('the PNG frames pass 4 GiB, more than a zip without ZIP64 holds');
      entries.push({ name: frameFileName(entries.length), data: last });
    },
    async finish() {
      const zip = storedZip(entries);
      return {
        blob: new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
        durationMs: (entries.length * 1000) / fps,
      };
    },
    abort: () => {
      entries.length = 0;
    },
  };
}
