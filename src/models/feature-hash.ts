// Integer feature keys for the hashed linear models (tagger, parser): a feature is a template id and
// up to three integer values (word hashes, tag ids, cluster prefixes), mixed into one 32-bit key. No
// feature strings are built while scoring, and training and scoring call the same functions, so the
// two cannot drift. Collisions in 32 bits are rare enough (about one in 10^4 features at millions of
// features) to cost nothing measurable.

/** FNV-1a over UTF-16 code units: a word's hash, computed once per token. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

function mix(h: number, v: number): number {
  h ^= Math.imul(v | 0, 0xcc9e2d51);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h; // 0 marks an empty slot in the stored tables
}

export function key1(template: number, a: number): number {
  return finish(mix(mix(0x9747b28c, template), a));
}

export function key2(template: number, a: number, b: number): number {
  return finish(mix(mix(mix(0x9747b28c, template), a), b));
}

export function key3(template: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(mix(0x9747b28c, template), a), b), c));
}
