/**
 * Setup for the `dom` test project (jsdom): shims for the browser APIs jsdom lacks that the
 * components call, and an unmount after every test so each test starts with an empty document.
 */
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

// TimeBrush and BottomSheet observe their own size; jsdom has no layout, so nothing ever resizes.
class ResizeObserverShim {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverShim as unknown as typeof ResizeObserver;

afterEach(() => cleanup());
