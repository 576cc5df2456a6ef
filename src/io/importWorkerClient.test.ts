import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runImportWorker, type ImportWorkerLike, type WorkerEnd } from './importWorkerClient';
import type { ImportMessage, ImportRequest } from './importWorker';
import type { ImportOutcome } from '../data/import/importText';

/** A worker that does nothing by itself: the test says what it posts, how it fails, or that it dies. */
class FakeWorker implements ImportWorkerLike {
  onmessage: ((event: MessageEvent<ImportMessage>) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  posted: unknown[] = [];
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  send(data: ImportMessage) {
    if (!this.terminated) this.onmessage?.({ data } as MessageEvent<ImportMessage>);
  }
}

const outcome: ImportOutcome = {
  format: 'csv',
  unit: 'row',
  features: [],
  problems: [],
  total: 0,
  unusedColumns: [],
  unusedColumnsTotal: 0,
  notes: [],
  sources: {},
};
const request = {
  file: null,
  datasetId: 'import-x',
  existingIds: [],
  bundledTexts: new Map(),
} as unknown as ImportRequest;

function start(options: { stallMs?: number; signal?: AbortSignal } = {}) {
  const worker = new FakeWorker();
  const progress: Array<[number, number]> = [];
  let ended: WorkerEnd | undefined;
  const done = runImportWorker(request, {
    ...options,
    createWorker: () => worker,
    onProgress: (d, t) => progress.push([d, t]),
  }).then((end) => (ended = end));
  return { worker, progress, done, ended: () => ended };
}

describe('runImportWorker: an import always ends', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('passes progress on and ends with the outcome, closing the worker', async () => {
    const { worker, progress, done } = start();
    expect(worker.posted).toEqual([request]);
    worker.send({ type: 'progress', done: 500, total: 1000 });
    worker.send({ type: 'result', outcome });
    expect(await done).toEqual({ kind: 'done', outcome });
    expect(progress).toEqual([[500, 1000]]);
    expect(worker.terminated).toBe(true);
  });

  it('puts features sent in parts ahead of the result back together, in order, each part keeping the watchdog off', async () => {
    const { worker, done, ended } = start({ stallMs: 1000 });
    const feature = (id: string) => ({ properties: { id } }) as unknown as ImportOutcome['features'][number];
    worker.send({ type: 'features', features: [feature('a'), feature('b')] });
    await vi.advanceTimersByTimeAsync(900);
    worker.send({ type: 'features', features: [feature('c')] });
    await vi.advanceTimersByTimeAsync(900);
    expect(ended()).toBeUndefined();
    worker.send({ type: 'result', outcome: { ...outcome, features: [feature('d')] } });
    const end = await done;
    expect(end.kind === 'done' && end.outcome.features.map((f) => f.properties.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('ends with the reason when the worker says the file could not be read', async () => {
    const { worker, done } = start();
    worker.send({ type: 'failed', reason: 'the file could not be read: NotReadableError' });
    expect(await done).toEqual({ kind: 'failed', reason: 'the file could not be read: NotReadableError' });
    expect(worker.terminated).toBe(true);
  });

  it('ends when the worker throws', async () => {
    const { worker, done } = start();
    worker.onerror?.({ message: 'Uncaught RangeError: out of memory', preventDefault: () => {} } as ErrorEvent);
    expect(await done).toEqual({
      kind: 'failed',
      reason: 'the import worker failed: Uncaught RangeError: out of memory',
    });
    expect(worker.terminated).toBe(true);
  });

  it('ends when a message from the worker cannot be read', async () => {
    const { worker, done } = start();
    worker.onmessageerror?.({} as MessageEvent);
    expect(await done).toEqual({ kind: 'failed', reason: 'the import worker’s answer could not be read' });
  });

  it('ends when the worker cannot even be started', async () => {
    const end = await runImportWorker(request, {
      onProgress: () => {},
      createWorker: () => {
        throw new Error('Workers are blocked');
      },
    });
    expect(end).toEqual({ kind: 'failed', reason: 'the import worker could not start: Error: Workers are blocked' });
  });

  it('gives up on a worker that stops reporting, after the silence it is given, and not before', async () => {
    const { worker, done, ended } = start({ stallMs: 1_000 });
    await vi.advanceTimersByTimeAsync(900);
    worker.send({ type: 'progress', done: 1, total: 2 });
    await vi.advanceTimersByTimeAsync(900);
    expect(ended()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(200);
    expect(await done).toEqual({ kind: 'failed', reason: 'the import stopped responding (no progress for 1 s)' });
    expect(worker.terminated).toBe(true);
  });

  it('is cancelled at once when asked, terminating the worker; a late answer is ignored', async () => {
    const controller = new AbortController();
    const { worker, done } = start({ signal: controller.signal });
    worker.send({ type: 'progress', done: 1, total: 2 });
    controller.abort();
    expect(await done).toEqual({ kind: 'cancelled' });
    expect(worker.terminated).toBe(true);
    worker.onmessage?.({ data: { type: 'result', outcome } } as MessageEvent<ImportMessage>);
    expect(await done).toEqual({ kind: 'cancelled' });
  });

  it('is cancelled before it starts when the signal has already fired', async () => {
    const controller = new AbortController();
    controller.abort();
    const { worker, done } = start({ signal: controller.signal });
    expect(await done).toEqual({ kind: 'cancelled' });
    expect(worker.posted).toEqual([]);
  });
});
