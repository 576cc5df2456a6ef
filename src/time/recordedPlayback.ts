/**
 * The windows of a recorded playback, one per video frame, at a fixed time step: frame k shows the
 * window Play would show k / fps seconds after it started, whatever the time it takes to draw. So
 * a recording is as smooth on a slow machine as on a fast one; only the wait for it grows.
 *
 * It follows Play (src/app/playback.ts): a window at the end of the record starts again from the
 * beginning; the window moves by whole days at `daysPerSecond`, or, in step mode, to the next day
 * with incidents every STEP_INTERVAL_MS; it stops (holds its last window) at the end of the record
 * instead of wrapping, so a recording never jumps back to the start.
 */
import type { Range, WindowMode } from './window';

/** Step mode: Play moves to the next day with incidents this often. */
export const STEP_INTERVAL_MS = 700;

export interface PlaybackScene {
  range: Range;
  domain: Range;
  mode: WindowMode;
  daysPerSecond: number;
  stepToEvents: boolean;
  /** The days on which incidents start, ascending (for step mode). */
  startDays: ArrayLike<number>;
}

/**
 * Where Play starts from: the window itself, or, at the very end of the record, the beginning
 * again (as bindPlayback in src/app/playback.ts; written out here so that the recorder's chunk
 * does not share window.ts with the first paint, which would split it off as a chunk of its own).
 */
export function playbackStart({ range, domain, mode, stepToEvents }: PlaybackScene): Range {
  if (range[1] < domain[1] || stepToEvents) return range;
  const width = range[1] - range[0];
  const span = domain[1] - domain[0];
  const start = domain[0];
  return mode === 'cumulative' ? [start, start] : [start, start + Math.min(width, Math.max(6, Math.round(span / 10)))];
}

/** How many moves of the window (days, or steps to the next incident) Play has made `seconds` after it started. */
const movesAfter = (scene: PlaybackScene, seconds: number) =>
  Math.floor(scene.stepToEvents ? (seconds * 1000) / STEP_INTERVAL_MS : seconds * scene.daysPerSecond);

/** The distinct days after `day` on which incidents start, ascending: where step mode's window ends, step by step. */
function eventDaysAfter(startDays: ArrayLike<number>, day: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < startDays.length; i++)
    if (startDays[i] > day && startDays[i] !== out[out.length - 1]) out.push(startDays[i]);
  return out;
}

/**
 * The window after `moves` moves from `start`, in closed form (what advanceWindow and
 * stepToNextEvent in window.ts give step by step, without their wrap at the end).
 */
function windowAfter(scene: PlaybackScene, start: Range, moves: number, eventEnds: number[] | null): Range {
  if (moves <= 0) return start;
  const [min, max] = scene.domain;
  const width = start[1] - start[0];
  if (eventEnds) {
    if (eventEnds.length === 0) return start;
    const end = eventEnds[Math.min(moves, eventEnds.length) - 1];
    return scene.mode === 'cumulative' ? [min, end] : [end - width, end];
  }
  const end = Math.min(max, Math.max(start[1], start[1] + moves));
  return scene.mode === 'cumulative' ? [min, end] : [end - width, end];
}

/** The window of each of `frames` frames at `fps` frames per second. */
export function windowsOfFrames(scene: PlaybackScene, fps: number, frames: number): Range[] {
  const start = playbackStart(scene);
  const eventEnds = scene.stepToEvents ? eventDaysAfter(scene.startDays, start[1]) : null;
  return Array.from({ length: frames }, (_, k) => windowAfter(scene, start, movesAfter(scene, k / fps), eventEnds));
}

/** Seconds from the start until Play reaches the end of the record (at least one second). */
export function playbackSeconds(scene: PlaybackScene): number {
  const start = playbackStart(scene);
  if (scene.stepToEvents)
    return Math.max(1, ((eventDaysAfter(scene.startDays, start[1]).length + 1) * STEP_INTERVAL_MS) / 1000);
  return Math.max(1, Math.ceil((scene.domain[1] - start[1]) / scene.daysPerSecond) + 1);
}
