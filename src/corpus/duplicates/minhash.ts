// MinHash signatures: for each of `size` hash functions, the smallest hash over a document's
// shingles. Two signatures agree in a position with probability equal to the Jaccard similarity of
// the shingle sets. The functions are the MurmurHash3 finaliser over the shingle hash xored with a
// per-position salt from a fixed seed, so signatures are stable across runs and machines.

export const SIGNATURE_SIZE = 128;

const salts = makeSalts(SIGNATURE_SIZE, 0x5eed1e55);

function makeSalts(n: number, seed: number): Uint32Array {
  // Mulberry32, enough for salts (no statistical claims beyond "different per position").
  const out = new Uint32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = (t ^ (t >>> 14)) >>> 0;
  }
  return out;
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function minhashSignature(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const x of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = fmix32(x ^ salts[i]);
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

/** Share of agreeing positions: an unbiased estimate of the Jaccard similarity. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
