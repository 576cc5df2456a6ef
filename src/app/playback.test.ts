import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../store/appStore';
import { startPlayback } from './playback';

/** A frame queue and a clock the test advances by hand. */
let frames: Array<() => void> = [];
let clock = 0;
beforeEach(() => {
  frames = [];
  clock = 0;
  vi.stubGlobal('requestAnimationFrame', (fn: () => void) => frames.push(fn));
  vi.stubGlobal('cancelAnimationFrame', () => {
    frames = [];
  });
});
afterEach(() => vi.unstubAllGlobals());

function runFrames(ms: number, every = 100) {
  for (let t = 0; t < ms; t += every) {
    clock += every;
    const due = frames;
    frames = [];
    due.forEach((fn) => fn());
  }
}

function storeWithDomain(domain: [number, number], range: [number, number]) {
  const store = createAppStore();
  store.setState({ timeDomain: domain, timeRange: range });
  return store;
}

describe('playback', () => {
  it('moves a sliding window at the chosen speed in days per second', () => {
    const store = storeWithDomain([0, 100], [0, 6]);
    store.getState().setPlaySpeed(4);
    startPlayback(store, () => clock);
    runFrames(1000);
    expect(store.getState().timeRange).toEqual([4, 10]);
  });

  it('grows a cumulative window from the first day', () => {
    const store = storeWithDomain([0, 100], [0, 6]);
    store.getState().setWindowMode('cumulative');
    store.getState().setPlaySpeed(4);
    startPlayback(store, () => clock);
    runFrames(2000);
    expect(store.getState().timeRange).toEqual([0, 14]);
  });

  it('stops itself at the end of the domain', () => {
    const store = storeWithDomain([0, 20], [10, 16]);
    store.getState().setPlaying(true);
    store.getState().setPlaySpeed(30);
    startPlayback(store, () => clock);
    runFrames(3000);
    expect(store.getState().timeRange[1]).toBe(20);
    expect(store.getState().isPlaying).toBe(false);
  });

  it('steps to the next day with incidents, skipping empty stretches', () => {
    const store = storeWithDomain([0, 100], [0, 2]);
    store.setState({
      timeIndex: { starts: Int32Array.from([5, 40, 90]), ends: Int32Array.from([5, 40, 90]), maxSpan: 0 },
    });
    store.getState().setStepToEvents(true);
    startPlayback(store, () => clock);
    runFrames(700);
    expect(store.getState().timeRange).toEqual([3, 5]);
    runFrames(700);
    expect(store.getState().timeRange).toEqual([38, 40]);
  });

  it('stops when told to', () => {
    const store = storeWithDomain([0, 100], [0, 6]);
    const stop = startPlayback(store, () => clock);
    stop();
    runFrames(2000);
    expect(store.getState().timeRange).toEqual([0, 6]);
  });
});
