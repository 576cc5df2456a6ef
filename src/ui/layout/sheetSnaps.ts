/** The bottom sheet's resting heights, and which one a drag released at a given height should settle on. */
import type { SheetSnap } from '../../store/types';

export const SNAP_ORDER: SheetSnap[] = ['peek', 'half', 'full'];
/** Half is this share of the space under the header. */
export const HALF_SHARE = 0.55;

export function snapHeights(peekPx: number, availablePx: number): Record<SheetSnap, number> {
  return { peek: Math.min(peekPx, availablePx), half: Math.max(peekPx, availablePx * HALF_SHARE), full: availablePx };
}

/** The snap whose height is closest to where the sheet was let go. */
export function nearestSnap(heightPx: number, peekPx: number, availablePx: number): SheetSnap {
  const heights = snapHeights(peekPx, availablePx);
  return SNAP_ORDER.reduce((best, snap) =>
    Math.abs(heights[snap] - heightPx) < Math.abs(heights[best] - heightPx) ? snap : best,
  );
}
