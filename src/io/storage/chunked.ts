/**
 * Long work on the main thread, cut into chunks with a yield to the event loop between them, so
 * the page keeps painting and answering input while a large stored import is checked.
 */

/** The default pause: let the browser run input, rendering and other tasks, then carry on. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    // A message, unlike a nested setTimeout(0), is not clamped to 4 ms.
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0);
      return;
    }
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

export interface ChunkOptions {
  /** Items handled between two pauses. */
  size: number;
  pause?: () => Promise<void>;
}

/**
 * Call `each` on every item, `size` items at a time, pausing between chunks. `each` returns
 * false to stop early (e.g. at the first invalid item); the result says whether all were visited.
 */
export async function everyInChunks<T>(
  items: readonly T[],
  each: (item: T, index: number) => boolean,
  { size, pause = yieldToEventLoop }: ChunkOptions,
): Promise<boolean> {
  for (let start = 0; start < items.length; start += size) {
    if (start > 0) await pause();
    const end = Math.min(items.length, start + size);
    for (let i = start; i < end; i++) if (!each(items[i], i)) return false;
  }
  return true;
}
