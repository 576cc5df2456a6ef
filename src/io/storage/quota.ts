/**
 * How much the browser lets this origin keep, and asking it to keep it. Storage that is not
 * persistent can be evicted when the disk fills up, so the app asks once, when the first import
 * is stored, and remembers that it asked (in the `meta` store) so it never asks again.
 */
import { readTransaction, writeTransaction } from './transactions';

const ASKED = 'persistenceAsked';
let asking: Promise<void> | null = null;

async function alreadyAsked(): Promise<boolean> {
  try {
    return await readTransaction(['meta'], (tx) => {
      const request = tx.objectStore('meta').get(ASKED);
      return () => request.result !== undefined;
    });
  } catch {
    return false;
  }
}

async function ask(): Promise<void> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist || (await alreadyAsked())) return;
  if (!(await storage.persisted?.().catch(() => false))) await storage.persist().catch(() => false);
  await writeTransaction(['meta'], (tx) => tx.objectStore('meta').put(new Date().toISOString(), ASKED)).catch(
    () => undefined,
  );
}

/** Ask for persistent storage, once ever in this browser; never throws. */
export function askToPersistOnce(): Promise<void> {
  asking ??= ask().catch(() => undefined);
  return asking;
}

/** Bytes used and the quota, or null when the browser does not say. */
export async function estimateUse(): Promise<{ usage: number; quota: number } | null> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    if (!estimate || typeof estimate.usage !== 'number' || typeof estimate.quota !== 'number') return null;
    return { usage: estimate.usage, quota: estimate.quota };
  } catch {
    return null;
  }
}
