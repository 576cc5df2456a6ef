/**
 * A long computation written as a generator: each `yield` marks a point where it may stop for a
 * while and carry on later. The same steps run straight through (`runSteps`, for a test or a
 * small input) or with pauses (`runStepsPausing`, so that a large input does not hold up the
 * page), and give the same result either way.
 */
export type Steps<T> = Generator<void, T, void>;

/** Run every step at once and return the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Run the steps with a pause after each one: the page gets its turn between them. */
export async function runStepsPausing<T>(steps: Steps<T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
