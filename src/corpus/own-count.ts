// A count or weight stored in a plain object keyed by words or names. Read with Object.hasOwn, because
// `counts[key] ?? 0` returns Object.prototype's function for a key such as "constructor" (a word
// an article may well use), and adding to it made a string of the count.
export const ownCount = (counts: Record<string, number> | undefined, key: string): number =>
  counts !== undefined && Object.hasOwn(counts, key) ? counts[key] : 0;
