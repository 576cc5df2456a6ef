import { describe, expect, it } from 'vitest';
import { runSteps, runStepsPausing, type Steps } from './steps';

function* summing(values: number[], log: string[]): Steps<number> {
  let sum = 0;
  for (const value of values) {
    sum += value;
    log.push(`add ${value}`);
    yield;
  }
  return sum;
}

describe('steps', () => {
  it('run straight through to the same result as with pauses', async () => {
    const straight: string[] = [];
    const paused: string[] = [];
    const pauses: number[] = [];
    expect(runSteps(summing([1, 2, 3], straight))).toBe(6);
    const pause = async () => void pauses.push(paused.length);
    expect(await runStepsPausing(summing([1, 2, 3], paused), pause)).toBe(6);
    expect(paused).toEqual(straight);
    // A pause after each step, before the next one runs.
    expect(pauses).toEqual([1, 2, 3]);
  });
});
