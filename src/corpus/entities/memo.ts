// A bounded memo for pure string functions called many times with the same names (every candidate
// profile's name is parsed and folded again for each mention). Cleared when full: names repeat
// within a corpus, so a simple reset keeps the hit rate without an LRU's bookkeeping.
export function memoize<T>(fn: (s: string) => T, max = 50_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string): T => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      if (cache.size >= max) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v as T;
  };
}
