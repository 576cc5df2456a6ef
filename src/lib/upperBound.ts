/**
 * Binary search on an ascending array: the first index whose value is greater than `value`,
 * or `sorted.length` if there is none. In O(log N). With integer values (day numbers),
 * `upperBound(sorted, day - 1)` is the first index whose value is ≥ day.
 */
export function upperBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
