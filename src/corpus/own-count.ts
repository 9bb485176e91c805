// A count or weight stored in a plain object keyed by words or names. `counts[key] ?? 0` returns
// Object.prototype's function for a key such as "constructor" (a word an article may well use), and
// adding to it made a string of the count; only a number stored under the key counts (a typeof test
// rather than Object.hasOwn: this runs for every term of every article and is measurably cheaper).
export const ownCount = (counts: Record<string, number> | undefined, key: string): number => {
  const v = counts?.[key];
  return typeof v === 'number' ? v : 0;
};
