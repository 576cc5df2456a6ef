/**
 * Changes to storage, announced to the app's other tabs (BroadcastChannel, same origin only):
 * a record put or deleted in one tab is picked up by the others without a reload. A message says
 * only which record changed; the receiving tab reads the record itself and checks it as it would
 * on restore, so nothing a message carries is trusted.
 */
import type { StoreName } from './migrations';

export interface StoredChange {
  store: StoreName;
  change: 'put' | 'delete';
  key: string;
}

const CHANNEL = 'incident-atlas-storage';
let channel: BroadcastChannel | null = null;

function openChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  channel ??= new BroadcastChannel(CHANNEL);
  return channel;
}

const isChange = (data: unknown): data is StoredChange => {
  if (typeof data !== 'object' || data === null) return false;
  const { store, change, key } = data as Record<string, unknown>;
  return typeof store === 'string' && (change === 'put' || change === 'delete') && typeof key === 'string';
};

/** Tell the other tabs (never this one) that a record was put or deleted. */
export function announce(change: StoredChange): void {
  try {
    openChannel()?.postMessage(change);
  } catch {
    // The channel is closed as the page unloads; the other tabs will read storage on their next load.
  }
}

/** Hear what the other tabs announce; returns the way to stop. */
export function onAnnounced(listener: (change: StoredChange) => void): () => void {
  const open = openChannel();
  if (!open) return () => undefined;
  const hear = (event: MessageEvent) => {
    if (isChange(event.data)) listener(event.data);
  };
  open.addEventListener('message', hear);
  return () => open.removeEventListener('message', hear);
}
