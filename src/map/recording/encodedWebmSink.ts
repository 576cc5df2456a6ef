/**
 * Frames into a WebM video with WebCodecs: each frame is encoded as it is drawn, stamped with its
 * own time (k / fps), and muxed by webm-muxer. Every frame lasts exactly one step in the file,
 * however long it took to draw or however loaded the machine is, and nothing is replayed in real
 * time afterwards (the MediaRecorder path in webmSink.ts, kept for browsers without WebCodecs,
 * stamps frames with the clock and so jitters under load: 22–62 ms steps were seen at 24 fps).
 * The muxer is loaded with the first recording, not with the app.
 */
import type { FrameSink } from './frameSinks';

const VP9 = 'vp09.00.10.08';

const encoderConfig = (canvas: HTMLCanvasElement, fps: number): VideoEncoderConfig => ({
  codec: VP9,
  width: canvas.width,
  height: canvas.height,
  framerate: fps,
  // About 0.1 bit per pixel per frame: crisp text, ~2 Mbit/s at 720p and 24 frames/s.
  bitrate: Math.round(canvas.width * canvas.height * fps * 0.1),
});

/** True when this browser encodes VP9 at this size (WebCodecs present and the codec supported). */
export async function canEncodeWebm(canvas: HTMLCanvasElement, fps: number): Promise<boolean> {
  if (typeof VideoEncoder === 'undefined' || typeof VideoFrame === 'undefined') return false;
  try {
    return (await VideoEncoder.isConfigSupported(encoderConfig(canvas, fps))).supported === true;
  } catch {
    return false;
  }
}

export async function createEncodedWebmSink(fps: number, canvas: HTMLCanvasElement): Promise<FrameSink> {
  const { Muxer, ArrayBufferTarget } = await import('webm-muxer');
  const muxer = new Muxer({
    target: new ArrayBufferTarget(),
    video: { codec: 'V_VP9', width: canvas.width, height: canvas.height, frameRate: fps },
    firstTimestampBehavior: 'strict',
  });
  let failure: unknown = null;
  const encoder = new VideoEncoder({
    output: (chunk, meta) => muxer.addVideoChunk(chunk, meta),
    error: (error) => (failure = error),
  });
  encoder.configure(encoderConfig(canvas, fps));
  const stepUs = 1e6 / fps;
  let frames = 0;
  return {
    async frame() {
      if (failure) throw failure;
      const frame = new VideoFrame(canvas, { timestamp: Math.round(frames * stepUs), duration: Math.round(stepUs) });
      // A key frame every two seconds, so a player can seek.
      encoder.encode(frame, { keyFrame: frames % Math.max(1, Math.round(2 * fps)) === 0 });
      frame.close();
      frames++;
      // Keep the encoder's queue short, so memory stays flat however long the video.
      while (encoder.encodeQueueSize > 4) await new Promise((resolve) => setTimeout(resolve, 5));
    },
    async finish(progress) {
      await encoder.flush();
      if (failure) throw failure;
      encoder.close();
      muxer.finalize();
      progress(frames, frames);
      return {
        blob: new Blob([muxer.target.buffer], { type: 'video/webm' }),
        durationMs: (frames * 1000) / fps,
      };
    },
    abort() {
      if (encoder.state !== 'closed') encoder.close();
    },
  };
}
