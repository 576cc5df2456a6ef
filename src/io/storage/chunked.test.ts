import { describe, expect, it } from 'vitest';
import { everyInChunks, yieldToEventLoop } from './chunked';

describe('work in chunks', () => {
  it('visits every item, at most `size` between two pauses, and pauses between chunks only', async () => {
    const log: string[] = [];
    const all = await everyInChunks(
      Array.from({ length: 10 }, (_, i) => i),
      (item) => log.push(String(item)) > 0,
      { size: 4, pause: async () => void log.push('pause') },
    );
    expect(all).toBe(true);
    expect(log.join(' ')).toBe('0 1 2 3 pause 4 5 6 7 pause 8 9');
  });

  it('stops at the first item that says so, and says it stopped', async () => {
    const seen: number[] = [];
    const all = await everyInChunks([1, 2, 3, 4, 5], (item) => seen.push(item) < 3, { size: 2, pause: async () => {} });
    expect(all).toBe(false);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('lets other tasks run at each pause', async () => {
    let other = 0;
    setTimeout(() => other++, 0);
    const during: number[] = [];
    await everyInChunks([1, 2, 3], () => during.push(other) > 0, {
      size: 1,
      pause: () => yieldToEventLoop().then(() => new Promise((resolve) => setTimeout(resolve, 0))),
    });
    expect(during[0]).toBe(0);
    expect(during.at(-1)).toBe(1);
  });
});
