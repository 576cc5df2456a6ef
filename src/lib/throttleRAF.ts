/** Call `fn` at most once per animation frame with the latest arguments (excalidraw's throttleRAF). */
export interface Throttled<A extends unknown[]> {
  (...args: A): void;
  cancel: () => void;
}
export type Scheduler = <A extends unknown[]>(fn: (...args: A) => void) => Throttled<A>;

export const throttleRAF: Scheduler = <A extends unknown[]>(fn: (...args: A) => void) => {
  let frame = 0;
  let latest: A | null = null;
  const throttled = ((...args: A) => {
    latest = args;
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const args = latest;
      latest = null;
      if (args) fn(...args);
    });
  }) as Throttled<A>;
  throttled.cancel = () => {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    latest = null;
  };
  return throttled;
};

/** Runs immediately: for tests. */
export const immediate: Scheduler = <A extends unknown[]>(fn: (...args: A) => void) => {
  const run = ((...args: A) => fn(...args)) as Throttled<A>;
  run.cancel = () => {};
  return run;
};
