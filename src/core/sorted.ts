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

/** Membership test for offsets in a set of spans: merged, sorted, binary-searched. */
export function spanMembership(spans: readonly { start: number; end: number }[]): (offset: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return (offset) => {
    const k = lowerBound(merged, offset + 1, (s) => s.start) - 1;
    return k >= 0 && offset < merged[k].end;
  };
}
