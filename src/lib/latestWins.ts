/**
 * Run an async update with at most one in flight. Calls made while one runs are not queued:
 * only the latest is kept, and it runs when the current one settles. Intermediate values are
 * dropped, so a fast scrub costs one update per completed update, never a backlog.
 */
export interface LatestWins<T> {
  (value: T): void;
  /** Resolves once nothing is running or waiting. */
  settled: () => Promise<void>;
  cancel: () => void;
}

export function latestWins<T>(update: (value: T) => Promise<unknown>): LatestWins<T> {
  let running: Promise<void> | null = null;
  let waiting: { value: T } | null = null;
  let cancelled = false;

  const run = (value: T): Promise<void> => {
    running = Promise.resolve()
      .then(() => update(value))
      .catch((error: unknown) => console.error('map update failed', error))
      .then(() => {
        running = null;
        const next = waiting;
        waiting = null;
        if (next && !cancelled) return run(next.value);
      });
    return running;
  };

  const call = ((value: T) => {
    if (cancelled) return;
    if (running) waiting = { value };
    else void run(value);
  }) as LatestWins<T>;
  call.settled = async () => {
    while (running) await running;
  };
  call.cancel = () => {
    cancelled = true;
    waiting = null;
  };
  return call;
}
