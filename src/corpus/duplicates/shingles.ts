// Word shingles of an article as 32-bit hashes: the text is case-folded and reduced to its words
// (letters and digits, Unicode-aware), so punctuation, spacing and markup leftovers do not count,
// and each run of `k` consecutive words is hashed (FNV-1a). The set, not the multiset, is kept.

export const SHINGLE_WORDS = 5;

export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu) ?? [];
}

export function shingleHashes(text: string, k = SHINGLE_WORDS): Uint32Array {
  const w = words(text);
  const set = new Set<number>();
  if (w.length > 0 && w.length < k) set.add(fnv1a(w.join(' ')));
  for (let i = 0; i + k <= w.length; i++) set.add(fnv1a(w.slice(i, i + k).join(' ')));
  return Uint32Array.from(set);
}

export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
