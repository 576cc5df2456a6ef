import { describe, expect, it } from 'vitest';
import { playbackSeconds, playbackStart, windowsOfFrames, type PlaybackScene } from './recordedPlayback';
import { advanceWindow } from './window';

const scene = (over: Partial<PlaybackScene> = {}): PlaybackScene => ({
  range: [0, 6],
  domain: [0, 100],
  mode: 'sliding',
  daysPerSecond: 4,
  stepToEvents: false,
  startDays: [5, 40, 40, 41, 90],
  ...over,
});

describe('recorded playback', () => {
  it('moves a sliding window by whole days at the fixed step of each frame', () => {
    const windows = windowsOfFrames(scene(), 4, 9);
    expect(windows.map((w) => w[0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(windows[8]).toEqual([8, 14]);
  });

  it('holds a window for the frames between two moves', () => {
    const windows = windowsOfFrames(scene({ daysPerSecond: 1 }), 30, 61);
    expect(windows[0]).toEqual([0, 6]);
    expect(windows[29]).toEqual([0, 6]);
    expect(windows[30]).toEqual([1, 7]);
    expect(windows[60]).toEqual([2, 8]);
  });

  it('grows a cumulative window from the first day', () => {
    const windows = windowsOfFrames(scene({ mode: 'cumulative', range: [0, 10] }), 2, 3);
    expect(windows).toEqual([
      [0, 10],
      [0, 12],
      [0, 14],
    ]);
  });

  it('stops at the end of the record instead of wrapping to the start', () => {
    const windows = windowsOfFrames(scene({ range: [90, 98], daysPerSecond: 30 }), 1, 4);
    expect(windows).toEqual([
      [90, 98],
      [92, 100],
      [92, 100],
      [92, 100],
    ]);
  });

  it('starts again from the beginning, as Play does, when the window is at the end', () => {
    expect(playbackStart(scene({ range: [80, 100] }))).toEqual([0, 10]);
    expect(playbackStart(scene({ range: [80, 100], mode: 'cumulative' }))).toEqual([0, 0]);
    expect(playbackStart(scene({ range: [10, 20] }))).toEqual([10, 20]);
  });

  it('steps to the next day with incidents every 700 ms in step mode, and holds after the last', () => {
    const windows = windowsOfFrames(scene({ stepToEvents: true, range: [0, 2] }), 10, 40);
    expect(windows[0]).toEqual([0, 2]);
    expect(windows[6]).toEqual([0, 2]);
    expect(windows[7]).toEqual([3, 5]);
    expect(windows[14]).toEqual([38, 40]);
    expect(windows[21]).toEqual([39, 41]);
    expect(windows[28]).toEqual([88, 90]);
    expect(windows[39]).toEqual([88, 90]);
  });

  it('says how long Play takes to reach the end of the record', () => {
    expect(playbackSeconds(scene())).toBe(25); // 94 days at 4 a second, and the last window held a second
    expect(playbackSeconds(scene({ stepToEvents: true, range: [0, 2] }))).toBeCloseTo(3.5);
    expect(playbackSeconds(scene({ range: [94, 100] }))).toBe(25); // from the start again
  });

  it('gives the same window for a frame whatever the number of frames asked for', () => {
    const long = windowsOfFrames(scene(), 24, 100);
    const short = windowsOfFrames(scene(), 24, 50);
    expect(long.slice(0, 50)).toEqual(short);
  });
});

describe('recorded playback against Play’s own window maths', () => {
  it('gives, frame by frame, the windows advanceWindow gives one day at a time', () => {
    for (const mode of ['sliding', 'cumulative'] as const) {
      const s = scene({ mode, range: [3, 9], daysPerSecond: 1 });
      const windows = windowsOfFrames(s, 1, 100);
      let range: [number, number] = [3, 9];
      for (let k = 1; k < 92; k++) {
        range = advanceWindow(range, s.domain, 1, mode);
        expect(windows[k]).toEqual(range);
      }
    }
  });
});
