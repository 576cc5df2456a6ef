import { describe, expect, it } from 'vitest';
import { nearestSnap, snapHeights } from './sheetSnaps';

describe('bottom sheet snaps', () => {
  // A 390×844 phone: 792 px under the header, a 210 px peek; half is then 435.6 px.
  it.each([
    [150, 'peek'],
    [300, 'peek'],
    [330, 'half'],
    [435, 'half'],
    [610, 'half'],
    [620, 'full'],
    [792, 'full'],
    [2000, 'full'],
  ] as const)('a sheet let go at %i px settles on %s', (height, snap) => {
    expect(nearestSnap(height, 210, 792)).toBe(snap);
  });

  it('never makes half smaller than the peek on a very short screen', () => {
    const h = snapHeights(210, 300);
    expect(h.half).toBeGreaterThanOrEqual(h.peek);
    expect(h.full).toBe(300);
  });
});
