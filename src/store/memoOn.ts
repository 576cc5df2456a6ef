/** Memoisation for derived values: a selector that recomputes only when the inputs it reads change. */
import type { AppState } from './types';

/** Remember the last result while the inputs it reads are the same objects. */
export function memoOn<K extends readonly unknown[], R, S = AppState>(
  keys: (s: S) => K,
  compute: (s: S) => R,
): (s: S) => R {
  let lastKeys: K | null = null;
  let last: R;
  return (s) => {
    const k = keys(s);
    if (lastKeys && k.length === lastKeys.length && k.every((v, i) => v === lastKeys![i])) return last;
    lastKeys = k;
    last = compute(s);
    return last;
  };
}
