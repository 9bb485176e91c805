// Binary search over arrays sorted by a numeric key: keeps lookups in long documents logarithmic.

/** Index of the first item whose key is >= value (items.length when none). */
export function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last number <= value in a sorted number array, or -1. */
export function floorIndex(sorted: readonly number[], value: number): number {
  return lowerBound(sorted, value + 1, (x) => x) - 1;
}
