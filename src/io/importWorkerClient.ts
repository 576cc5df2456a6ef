/**
 * Running one import in its worker so that it always ends: with the outcome; with the reason when
 * the worker throws, says the file could not be read, sends an answer that cannot be read, or
 * cannot start; cancelled when the signal fires (the worker is terminated at once); or given up
 * when the worker sends nothing for `stallMs` (a killed or hung worker), also terminated.
 */
import type { ImportOutcome } from '../data/import/importText';
import type { ImportEnd } from '../data/import/types';
import type { ImportMessage, ImportRequest } from './importWorker';

/** The part of a Worker this uses, so tests can hand in their own. */
export interface ImportWorkerLike {
  onmessage: ((event: MessageEvent<ImportMessage>) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

export type WorkerEnd = { kind: 'done'; outcome: ImportOutcome } | ImportEnd;

/** Silence after which a worker is taken to have stopped: it reports at least every 10,000 rows read or 500 validated. */
export const STALL_MS = 30_000;

export interface RunOptions {
  onProgress: (done: number, total: number, reading?: { rows: number }) => void;
  signal?: AbortSignal;
  stallMs?: number;
  createWorker?: () => ImportWorkerLike;
}

const startWorker = (): ImportWorkerLike =>
  new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' }) as ImportWorkerLike;
const duration = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`);

export function runImportWorker(request: ImportRequest, options: RunOptions): Promise<WorkerEnd> {
  return new Promise((resolve) => {
    const { signal, onProgress } = options;
    if (signal?.aborted) return resolve({ kind: 'cancelled' });
    let worker: ImportWorkerLike;
    try {
      worker = (options.createWorker ?? startWorker)();
    } catch (error) {
      return resolve({ kind: 'failed', reason: `the import worker could not start: ${String(error)}` });
    }
    const stallMs = options.stallMs ?? STALL_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let ended = false;
    const end = (result: WorkerEnd) => {
      if (ended) return;
      ended = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
      worker.onmessage = worker.onerror = worker.onmessageerror = null;
      worker.terminate();
      resolve(result);
    };
    const cancel = () => end({ kind: 'cancelled' });
    const watch = () => {
      clearTimeout(timer);
      const reason = `the import stopped responding (no progress for ${duration(stallMs)})`;
      timer = setTimeout(() => end({ kind: 'failed', reason }), stallMs);
    };
    signal?.addEventListener('abort', cancel);
    // The outcome's features arrive in parts ahead of it (importWorker's FEATURES_PER_MESSAGE).
    const parts: ImportOutcome['features'][] = [];
    worker.onmessage = (event) => {
      const message = event.data;
      if (message?.type === 'progress') {
        watch();
        onProgress(message.done, message.total, message.reading);
      } else if (message?.type === 'features' && Array.isArray(message.features)) {
        watch();
        parts.push(message.features);
      } else if (message?.type === 'result') {
        const outcome = message.outcome;
        end({
          kind: 'done',
          outcome: parts.length ? { ...outcome, features: [...parts, outcome.features].flat() } : outcome,
        });
      } else if (message?.type === 'failed') end({ kind: 'failed', reason: message.reason });
      else end({ kind: 'failed', reason: 'the import worker sent something it should not have' });
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      end({ kind: 'failed', reason: `the import worker failed: ${event.message || 'it stopped without saying why'}` });
    };
    worker.onmessageerror = () => end({ kind: 'failed', reason: 'the import worker’s answer could not be read' });
    watch();
    try {
      worker.postMessage(request);
    } catch (error) {
      end({ kind: 'failed', reason: `the file could not be handed to the import worker: ${String(error)}` });
    }
  });
}
