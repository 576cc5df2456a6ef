/**
 * Running the extractor in its worker so that every job ends: with the drafts; with the reason when
 * the worker throws, cannot fetch its gazetteer, sends something unreadable or cannot start;
 * cancelled when the signal fires; or given up when the worker is silent for `stallMs`. One worker
 * is kept between jobs (it holds the gazetteer, loaded once); a job that is cancelled, fails or
 * stalls terminates it, and the next job starts a fresh one.
 */
import type { DraftIncident } from '../data/extract/draftTypes';
import type { ArticleInput } from '../data/extract/types';
import type { ExtractMessage, ExtractStage } from './extractWorker';

/** The part of a Worker this uses, so tests can hand in their own. */
export interface ExtractWorkerLike {
  onmessage: ((event: MessageEvent<ExtractMessage>) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

export type ExtractEnd =
  { kind: 'done'; drafts: DraftIncident[]; ms: number } | { kind: 'cancelled' } | { kind: 'failed'; reason: string };

/** Fetching and indexing 150,000 places on a slow machine stays well within this. */
export const EXTRACT_STALL_MS = 60_000;

export interface ExtractOptions {
  onProgress?: (stage: ExtractStage) => void;
  signal?: AbortSignal;
}

const startWorker = (): ExtractWorkerLike =>
  new Worker(new URL('./extractWorker.ts', import.meta.url), { type: 'module' }) as ExtractWorkerLike;

export function createExtractClient({ createWorker = startWorker, stallMs = EXTRACT_STALL_MS } = {}) {
  let worker: ExtractWorkerLike | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const runOne = (article: ArticleInput, { onProgress, signal }: ExtractOptions) =>
    new Promise<ExtractEnd>((resolve) => {
      if (signal?.aborted) return resolve({ kind: 'cancelled' });
      let current: ExtractWorkerLike;
      try {
        current = worker ??= createWorker();
      } catch (error) {
        return resolve({ kind: 'failed', reason: `the extract worker could not start: ${String(error)}` });
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      const end = (result: ExtractEnd) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', cancel);
        current.onmessage = current.onerror = current.onmessageerror = null;
        if (result.kind !== 'done') {
          current.terminate();
          if (worker === current) worker = null;
        }
        resolve(result);
      };
      const cancel = () => end({ kind: 'cancelled' });
      const watch = () => {
        clearTimeout(timer);
        const reason = `finding incidents stopped responding (nothing for ${Math.round(stallMs / 1000)} s)`;
        timer = setTimeout(() => end({ kind: 'failed', reason }), stallMs);
      };
      signal?.addEventListener('abort', cancel);
      current.onmessage = (event) => {
        const message = event.data;
        if (message?.type === 'progress') {
          watch();
          onProgress?.(message.stage);
        } else if (message?.type === 'result' && Array.isArray(message.drafts))
          end({ kind: 'done', drafts: message.drafts, ms: message.ms });
        else if (message?.type === 'failed') end({ kind: 'failed', reason: message.reason });
        else end({ kind: 'failed', reason: 'the extract worker sent something it should not have' });
      };
      current.onerror = (event) => {
        event.preventDefault?.();
        end({
          kind: 'failed',
          reason: `the extract worker failed: ${event.message || 'it stopped without saying why'}`,
        });
      };
      current.onmessageerror = () => end({ kind: 'failed', reason: 'the extract worker’s answer could not be read' });
      watch();
      try {
        current.postMessage({ article });
      } catch (error) {
        end({ kind: 'failed', reason: `the article could not be handed to the extract worker: ${String(error)}` });
      }
    });

  return {
    /** Drafts for one article; jobs run one after the other. Never rejects. */
    extract(article: ArticleInput, options: ExtractOptions = {}): Promise<ExtractEnd> {
      const job = queue.then(() => runOne(article, options));
      queue = job;
      return job;
    },
    dispose() {
      worker?.terminate();
      worker = null;
    },
  };
}

export type ExtractClient = ReturnType<typeof createExtractClient>;
