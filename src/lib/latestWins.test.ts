import { describe, expect, it } from 'vitest';
import { latestWins } from './latestWins';

/** An update whose completions the test controls. */
function controlledUpdate() {
  const started: number[] = [];
  const finishers: Array<() => void> = [];
  const update = (value: number) => {
    started.push(value);
    return new Promise<void>((resolve) => finishers.push(resolve));
  };
  const finishNext = async () => {
    finishers.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { started, update, finishNext, inFlight: () => finishers.length };
}

describe('latestWins', () => {
  it('keeps at most one update in flight and runs only the latest of those that waited', async () => {
    const c = controlledUpdate();
    const apply = latestWins(c.update);
    apply(1);
    await new Promise((r) => setTimeout(r, 0));
    apply(2);
    apply(3);
    apply(4);
    expect(c.started).toEqual([1]);
    expect(c.inFlight()).toBe(1);
    await c.finishNext();
    expect(c.started).toEqual([1, 4]);
    expect(c.inFlight()).toBe(1);
    await c.finishNext();
    await apply.settled();
    expect(c.started).toEqual([1, 4]);
  });

  it('runs each call when the previous one has finished', async () => {
    const c = controlledUpdate();
    const apply = latestWins(c.update);
    apply(1);
    await new Promise((r) => setTimeout(r, 0));
    await c.finishNext();
    apply(2);
    await new Promise((r) => setTimeout(r, 0));
    expect(c.started).toEqual([1, 2]);
  });

  it('drops what waits when cancelled', async () => {
    const c = controlledUpdate();
    const apply = latestWins(c.update);
    apply(1);
    await new Promise((r) => setTimeout(r, 0));
    apply(2);
    apply.cancel();
    await c.finishNext();
    expect(c.started).toEqual([1]);
  });
});
