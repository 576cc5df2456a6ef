import { describe, expect, it, vi } from 'vitest';
import { createUpdateSignal, type ServiceWorkerHandle } from './serviceWorkerUpdates';

function fakeWorker() {
  const handlers: Record<string, Array<() => void>> = {};
  const worker: ServiceWorkerHandle & { fire: (type: string) => void } = {
    addEventListener: (type, listener) => void (handlers[type] ??= []).push(listener),
    register: () => Promise.resolve(),
    messageSkipWaiting: vi.fn(),
    fire: (type) => handlers[type]?.forEach((l) => l()),
  };
  return worker;
}

describe('the update signal', () => {
  it('is not ready, and reloads nothing, until a new version waits', () => {
    const signal = createUpdateSignal();
    const worker = fakeWorker();
    const reload = vi.fn();
    signal.attach(worker, reload);
    signal.applyUpdate();
    worker.fire('controlling'); // e.g. the very first install taking control
    expect(signal.isReady()).toBe(false);
    expect(worker.messageSkipWaiting).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('tells its listeners when a new version waits, and hands over only when asked', () => {
    const signal = createUpdateSignal();
    const worker = fakeWorker();
    const reload = vi.fn();
    const heard = vi.fn();
    signal.subscribe(heard);
    signal.attach(worker, reload);
    worker.fire('waiting');
    expect(signal.isReady()).toBe(true);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(worker.messageSkipWaiting).not.toHaveBeenCalled();
    signal.applyUpdate();
    expect(worker.messageSkipWaiting).toHaveBeenCalledTimes(1);
    worker.fire('controlling');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('stops telling a listener that unsubscribed', () => {
    const signal = createUpdateSignal();
    const worker = fakeWorker();
    const heard = vi.fn();
    signal.subscribe(heard)();
    signal.attach(worker, () => {});
    worker.fire('waiting');
    expect(heard).not.toHaveBeenCalled();
  });
});
