import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createExtractClient, type ExtractWorkerLike } from './extractClient';
import type { ExtractMessage } from './extractWorker';

class FakeWorker implements ExtractWorkerLike {
  onmessage: ((event: MessageEvent<ExtractMessage>) => void) | null = null;
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
  send(data: ExtractMessage) {
    if (!this.terminated) this.onmessage?.({ data } as MessageEvent<ExtractMessage>);
  }
}

const article = { text: 'SABRATHA, Libya — An air strike hit a house on Friday.', published: '2016-02-19' };

function setUp() {
  const workers: FakeWorker[] = [];
  const client = createExtractClient({
    createWorker: () => {
      workers.push(new FakeWorker());
      return workers[workers.length - 1];
    },
    stallMs: 1000,
  });
  return { client, workers };
}

describe('the extract client: every job ends, and the gazetteer worker is kept between jobs', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('passes the stages on, ends with the drafts and keeps the worker for the next article', async () => {
    const { client, workers } = setUp();
    const stages: string[] = [];
    const job = client.extract(article, { onProgress: (s) => stages.push(s) });
    await vi.advanceTimersByTimeAsync(0);
    expect(workers[0].posted).toEqual([{ article }]);
    workers[0].send({ type: 'progress', stage: 'loading places' });
    workers[0].send({ type: 'result', drafts: [], ms: 3 });
    expect(await job).toEqual({ kind: 'done', drafts: [], ms: 3 });
    expect(stages).toEqual(['loading places']);
    expect(workers[0].terminated).toBe(false);
    const second = client.extract(article);
    await vi.advanceTimersByTimeAsync(0);
    expect(workers).toHaveLength(1);
    workers[0].send({ type: 'failed', reason: 'finding incidents failed: TypeError: x' });
    expect(await second).toEqual({ kind: 'failed', reason: 'finding incidents failed: TypeError: x' });
    expect(workers[0].terminated).toBe(true);
  });

  it('gives up on a silent worker, naming how long it waited, and starts a fresh one next time', async () => {
    const { client, workers } = setUp();
    const job = client.extract(article);
    await vi.advanceTimersByTimeAsync(1001);
    expect(await job).toEqual({ kind: 'failed', reason: 'finding incidents stopped responding (nothing for 1 s)' });
    expect(workers[0].terminated).toBe(true);
    void client.extract(article);
    await vi.advanceTimersByTimeAsync(0);
    expect(workers).toHaveLength(2);
  });

  it('cancels at once when the signal fires, and refuses an unreadable answer', async () => {
    const { client, workers } = setUp();
    const controller = new AbortController();
    const job = client.extract(article, { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    expect(await job).toEqual({ kind: 'cancelled' });
    expect(workers[0].terminated).toBe(true);
    const odd = client.extract(article);
    await vi.advanceTimersByTimeAsync(0);
    workers[1].send({ type: 'result' } as unknown as ExtractMessage);
    expect(await odd).toEqual({ kind: 'failed', reason: 'the extract worker sent something it should not have' });
  });

  it('reports a worker error with its message', async () => {
    const { client, workers } = setUp();
    const job = client.extract(article);
    await vi.advanceTimersByTimeAsync(0);
    workers[0].onerror?.({ message: 'SyntaxError: bad chunk', preventDefault() {} } as ErrorEvent);
    expect(await job).toEqual({ kind: 'failed', reason: 'the extract worker failed: SyntaxError: bad chunk' });
  });
});
