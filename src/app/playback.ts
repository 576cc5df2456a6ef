/**
 * Playback is a plain module driven by the store, not a component: while isPlaying, it moves
 * the window at playSpeed days per second (or jumps to the next day with incidents in step
 * mode), and stops itself once the window reaches the end of the domain.
 */
import type { AppStore } from '../store/appStore';
import { advanceWindow, stepToNextEvent } from '../time/window';

const STEP_INTERVAL_MS = 700;

export function startPlayback(store: AppStore, now: () => number = () => performance.now()): () => void {
  let frame = 0;
  let last = now();
  let carried = 0;
  const tick = () => {
    const s = store.getState();
    const t = now();
    const elapsed = t - last;
    if (s.stepToEvents) {
      if (elapsed >= STEP_INTERVAL_MS) {
        last = t;
        s.setTimeRange(stepToNextEvent(s.timeRange, s.timeDomain, s.timeIndex.starts, s.windowMode));
      }
    } else {
      carried += (elapsed / 1000) * s.playSpeed;
      last = t;
      const days = Math.floor(carried);
      if (days >= 1) {
        carried -= days;
        if (s.timeRange[1] >= s.timeDomain[1]) return s.setPlaying(false);
        s.setTimeRange(advanceWindow(s.timeRange, s.timeDomain, days, s.windowMode));
      }
    }
    frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(frame);
}

/** Start and stop the loop as isPlaying changes. */
export function bindPlayback(store: AppStore): () => void {
  let stop: (() => void) | null = null;
  const unsubscribe = store.subscribe(
    (s) => s.isPlaying,
    (playing) => {
      stop?.();
      stop = null;
      if (playing) {
        const s = store.getState();
        // Playing from the very end starts again from the beginning.
        if (s.timeRange[1] >= s.timeDomain[1] && !s.stepToEvents) {
          const width = s.timeRange[1] - s.timeRange[0];
          const span = s.timeDomain[1] - s.timeDomain[0];
          const start = s.timeDomain[0];
          s.setTimeRange(
            s.windowMode === 'cumulative'
              ? [start, start]
              : [start, start + Math.min(width, Math.max(6, Math.round(span / 10)))],
          );
        }
        stop = startPlayback(store);
      }
    },
    { fireImmediately: true },
  );
  return () => {
    stop?.();
    unsubscribe();
  };
}
