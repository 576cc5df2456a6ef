/**
 * Window maths for the slider and playback, pure: move a window, grow it cumulatively,
 * and step to the next day that has incidents (skipping empty stretches).
 */
import { upperBound } from '../lib/upperBound';

export type Range = [number, number];
export type WindowMode = 'sliding' | 'cumulative';

/** Move (sliding) or grow (cumulative) the window by `step` days; wrap to the start once the end passes the domain. */
export function advanceWindow([start, end]: Range, [min, max]: Range, step: number, mode: WindowMode): Range {
  if (end >= max) {
    const width = end - start;
    return mode === 'cumulative' ? [min, Math.min(max, min + step)] : [min, Math.min(max, min + width)];
  }
  const nextEnd = Math.min(max, end + step);
  return mode === 'cumulative' ? [min, nextEnd] : [start + (nextEnd - end), nextEnd];
}

/** The first day after `day` on which an incident starts, or undefined at the end. `startDays` is ascending. */
export function nextEventDay(startDays: ArrayLike<number>, day: number): number | undefined {
  const i = upperBound(startDays, day);
  return i < startDays.length ? startDays[i] : undefined;
}

/** Step mode: move the window's end to the next day with incidents (keeping its width, or its start when cumulative). */
export function stepToNextEvent(range: Range, domain: Range, startDays: ArrayLike<number>, mode: WindowMode): Range {
  const width = range[1] - range[0];
  const next = nextEventDay(startDays, range[1]);
  if (next === undefined) {
    // After the last incident, wrap: the window ends on the first day with incidents.
    const first = startDays.length > 0 ? startDays[0] : domain[0];
    return mode === 'cumulative'
      ? [domain[0], first]
      : [Math.max(domain[0], first - width), Math.max(domain[0], first - width) + width];
  }
  return mode === 'cumulative' ? [domain[0], next] : [next - width, next];
}

/** Move the whole window by `delta` days without leaving the domain or changing its width. */
export function shiftWindow([start, end]: Range, [min, max]: Range, delta: number): Range {
  const width = end - start;
  const nextStart = Math.max(min, Math.min(max - width, start + delta));
  return [nextStart, nextStart + width];
}
