/**
 * Where WebCodecs is missing: frames into a WebM video with MediaRecorder, in two passes, so that every frame lasts exactly
 * one step (1 / fps) in the file however long it took to draw.
 *
 * Why two passes. MediaRecorder stamps each frame with the wall-clock time it arrives, and
 * pausing it does not take the pause out of canvas frames' times (measured in Chromium: 30 frames
 * with pauses between them came out 2.6 s long, not 1 s). So frames cannot go in as they are
 * drawn. Pass 1 (frame()) keeps each distinct frame as a PNG, at the machine's pace; a run of
 * equal frames (the window moves only every few frames) is one image. Pass 2 (finish()) plays the
 * images into the recorder in real time: the canvas is captured with captureStream(0) and a frame
 * is taken with requestFrame() at t0 + k / fps on the clock, the next image decoded ahead. Its
 * limits: the step is as exact as the timers (a few ms of jitter, which players absorb); pass 2
 * takes the video's length in real time; a hidden tab (which slows timers to 1 a second)
 * stretches the frames of pass 2; the PNGs of pass 1 are held in memory.
 * The file then gets its Duration written (lib/webmDuration: a recorder writes none).
 */
import { withWebmDuration } from '../../lib/webmDuration';
import { imageOf, RecordingCancelled, RecordingUnsupported, type FrameSink } from './frameSinks';
import { canEncodeWebm, createEncodedWebmSink } from './encodedWebmSink';

const TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'];

/** The WebM type this browser's MediaRecorder writes, or the reason it cannot. */
export function webmSupport(): { mimeType: string } | { reason: string } {
  if (typeof MediaRecorder === 'undefined')
    return { reason: 'This browser cannot record video (it has no MediaRecorder). Save PNG frames instead.' };
  if (typeof HTMLCanvasElement.prototype.captureStream !== 'function')
    return { reason: 'This browser cannot record a canvas (no captureStream). Save PNG frames instead.' };
  const mimeType = TYPES.find((t) => MediaRecorder.isTypeSupported(t));
  return mimeType
    ? { mimeType }
    : { reason: 'This browser does not record WebM video, the one format written here. Save PNG frames instead.' };
}

const sleepUntil = (t: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, t - performance.now())));

/**
 * The WebM sink: frame-accurate WebCodecs encoding (encodedWebmSink.ts) where the browser has it,
 * else MediaRecorder in two passes (below). Chosen at the first frame, before anything is kept.
 */
export function createWebmSink(fps: number, canvas: HTMLCanvasElement, cancelled: () => boolean): FrameSink {
  let chosen: Promise<FrameSink> | null = null;
  let sink: FrameSink | null = null;
  const choose = () =>
    (chosen ??= canEncodeWebm(canvas, fps)
      .then((yes) => (yes ? createEncodedWebmSink(fps, canvas) : createRecorderSink(fps, canvas, cancelled)))
      .then((made) => (sink = made)));
  return {
    frame: async (changed) => (await choose()).frame(changed),
    finish: async (progress) => (await choose()).finish(progress),
    abort: () => sink?.abort(),
  };
}

function createRecorderSink(fps: number, canvas: HTMLCanvasElement, cancelled: () => boolean): FrameSink {
  const support = webmSupport();
  if ('reason' in support) throw new RecordingUnsupported(support.reason);
  const { mimeType } = support;
  const frameMs = 1000 / fps;
  const images: Blob[] = [];
  /** For each frame, the image it shows. */
  const imageOfFrame: number[] = [];
  let recorder: MediaRecorder | null = null;
  let track: CanvasCaptureMediaStreamTrack | null = null;
  const stop = () => {
    if (recorder && recorder.state !== 'inactive') recorder.stop();
    track?.stop();
  };

  async function playIn(progress: (frame: number, total: number) => void): Promise<Blob[]> {
    const stream = canvas.captureStream(0);
    track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack;
    // About 0.1 bit per pixel per frame: crisp text, ~2 Mbit/s at 720p and 24 frames/s.
    const videoBitsPerSecond = Math.round(canvas.width * canvas.height * fps * 0.1);
    recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond });
    const chunks: Blob[] = [];
    let failure: unknown = null;
    recorder.addEventListener('dataavailable', (e) => e.data.size > 0 && chunks.push(e.data));
    recorder.addEventListener('error', (e) => (failure = (e as ErrorEvent).error ?? new Error('the recorder failed')));
    const stopped = new Promise((resolve) => recorder!.addEventListener('stop', resolve, { once: true }));
    const ctx = canvas.getContext('2d')!;
    const decoded = new Map<number, Promise<ImageBitmap>>();
    const decode = (i: number): Promise<ImageBitmap> | undefined => {
      if (i < images.length && !decoded.has(i)) decoded.set(i, createImageBitmap(images[i]));
      return decoded.get(i);
    };
    recorder.start(1000);
    const t0 = performance.now() + 50;
    let shown = -1;
    let current: ImageBitmap | null = null;
    try {
      for (let k = 0; k < imageOfFrame.length; k++) {
        if (cancelled()) throw new RecordingCancelled();
        if (failure) throw failure;
        const i = imageOfFrame[k];
        const next = i !== shown ? await decode(i)! : null;
        void decode(i + 1); // the next image, decoded while this one shows
        await sleepUntil(t0 + k * frameMs);
        if (next) {
          current?.close();
          current = next;
          decoded.delete(i);
          shown = i;
        }
        // Drawn again even when unchanged: the capture takes a frame only from a canvas drawn on since the last.
        ctx.drawImage(current!, 0, 0);
        track.requestFrame();
        progress(k + 1, imageOfFrame.length);
      }
    } finally {
      current?.close();
    }
    await sleepUntil(t0 + imageOfFrame.length * frameMs);
    stop();
    await stopped;
    if (failure) throw failure;
    return chunks;
  }

  return {
    async frame(changed) {
      if (changed || images.length === 0) images.push(await imageOf(canvas));
      imageOfFrame.push(images.length - 1);
    },
    async finish(progress) {
      const bytes = new Uint8Array(await new Blob(await playIn(progress)).arrayBuffer());
      let fixed: { bytes: Uint8Array; durationMs: number } = { bytes, durationMs: imageOfFrame.length * frameMs };
      try {
        fixed = withWebmDuration(bytes, frameMs);
      } catch (error) {
        console.warn('The video plays, but its Duration could not be written', error);
      }
      return {
        blob: new Blob([fixed.bytes as Uint8Array<ArrayBuffer>], { type: 'video/webm' }),
        durationMs: fixed.durationMs,
      };
    },
    abort: stop,
  };
}
