import { describe, expect, it } from 'vitest';
import { coverCrop, coveringPixelRatio, evenSize, frameFileName, frameType, layoutLegend } from './frameLayout';

describe('frame layout', () => {
  it('cuts the sides of a wide map, or the top and bottom of a tall one, to fill the frame', () => {
    expect(coverCrop(2000, 900, 1600, 900)).toEqual({ x: 200, y: 0, w: 1600, h: 900 });
    expect(coverCrop(1000, 1000, 1280, 720)).toEqual({ x: 0, y: 218.75, w: 1000, h: 562.5 });
    expect(coverCrop(1280, 720, 1280, 720)).toEqual({ x: 0, y: 0, w: 1280, h: 720 });
  });

  it('raises the map’s pixel ratio until its drawing buffer covers the frame, within limits', () => {
    expect(coveringPixelRatio(1000, 800, 1920, 1080, 1)).toBe(1.92);
    expect(coveringPixelRatio(1600, 900, 1280, 720, 1)).toBe(1);
    expect(coveringPixelRatio(1600, 900, 1280, 720, 2)).toBe(2);
    expect(coveringPixelRatio(300, 200, 1920, 1080, 1)).toBe(3);
  });

  it('rounds sizes down to even numbers', () => {
    expect(evenSize(1281, 719)).toEqual({ width: 1280, height: 718 });
    expect(evenSize(1, 1)).toEqual({ width: 2, height: 2 });
  });

  it('scales type with the frame’s height', () => {
    expect(frameType(720).date).toBe(26);
    expect(frameType(1080).date).toBe(39);
  });

  it('lays the legend out in two columns when it has more than three entries', () => {
    const type = frameType(720);
    const entries = ['Airstrike', 'Attack', 'Siege', 'Protest', 'Other'].map((label) => ({ color: '#000', label }));
    const layout = layoutLegend(entries, (t) => t.length * 7, type, 'solid: place');
    expect(layout.rows.map((r) => r.y)).toEqual([10, 30.3, 50.6, 10, 30.3].map((y) => expect.closeTo(y, 5)));
    expect(layout.rows[3].swatchX).toBeGreaterThan(layout.rows[0].textX);
    expect(layout.height).toBeGreaterThan(layout.rows[2].y);
    const one = layoutLegend(entries.slice(0, 2), (t) => t.length * 7, type, 'x');
    expect(new Set(one.rows.map((r) => r.swatchX)).size).toBe(1);
  });

  it('names frames so that they sort in order', () => {
    expect(frameFileName(0)).toBe('frame-00001.png');
    expect(frameFileName(1234)).toBe('frame-01235.png');
  });
});
