// Structured perceptron: Viterbi against brute force on hand-made scores, hard transition masks, a toy
// corpus it must learn (tags that need the transition weights), repeatable training, stored weights.
import { describe, expect, it } from 'vitest';
import { SequencePerceptronTrainer, decodeExample, viterbi, type SequenceExample, type TransitionMask } from './sequence-perceptron.js';
import { loadWeights, storeWeights } from './stored-sequence-weights.js';

/** Best path by enumeration: the reference for Viterbi. */
function bruteForce(scores: number[], n: number, nTags: number, transition: number[], end: number[], mask: TransitionMask | null): number[] {
  let best: number[] = [];
  let bestScore = -Infinity;
  const path = new Array<number>(n).fill(0);
  const visit = (i: number) => {
    if (i === n) {
      let s = 0;
      let prev = nTags;
      for (let k = 0; k < n; k++) {
        if (mask && !mask.allowed[prev * nTags + path[k]]) return;
        s += scores[k * nTags + path[k]] + transition[prev * nTags + path[k]];
        prev = path[k];
      }
      if (mask && !mask.allowedEnd[prev]) return;
      s += end[prev];
      if (s > bestScore) {
        bestScore = s;
        best = [...path];
      }
      return;
    }
    for (let t = 0; t < nTags; t++) {
      path[i] = t;
      visit(i + 1);
    }
  };
  visit(0);
  return best;
}

describe('viterbi', () => {
  it('finds the path a greedy tagger misses (hand-made case)', () => {
    // Tags: 0 = O, 1 = B, 2 = I. Token 2 prefers I (0.6) but I may only follow B; token 1 is
    // slightly O (0.5 vs 0.4), so greedy picks O, O, I -> invalid; the best valid path is O, B, I.
    const scores = [1, 0, 0, 0.5, 0.4, 0, 0, 0, 0.6];
    const transition = [0, 0, -5, 0, 0, 1, 0, 0, 1, 0, 0, -5]; // rows: from O, B, I, start
    const out = new Uint8Array(3);
    viterbi(scores, 3, 3, transition, [0, 0, 0], null, out);
    expect([...out]).toEqual([0, 1, 2]);
    expect([...out]).toEqual(bruteForce(scores, 3, 3, transition, [0, 0, 0], null));
  });

  it('agrees with brute force on random scores, with and without a mask', () => {
    let seed = 3;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    const nTags = 3;
    const mask: TransitionMask = {
      allowed: Uint8Array.from([1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0]), // no I after O or at the start
      allowedEnd: Uint8Array.from([1, 1, 1]),
    };
    for (let trial = 0; trial < 50; trial++) {
      const n = 1 + (trial % 5);
      const scores = Array.from({ length: n * nTags }, random);
      const transition = Array.from({ length: (nTags + 1) * nTags }, random);
      const end = Array.from({ length: nTags }, random);
      for (const m of [null, mask]) {
        const out = new Uint8Array(n);
        viterbi(scores, n, nTags, transition, end, m, out);
        expect([...out]).toEqual(bruteForce(scores, n, nTags, transition, end, m));
      }
    }
  });
});

// Toy corpus: word ids 0 = "the", 1 = "new", 2 = "york", 3 = "city", 4 = "left". "york" is a name
// continuation (tag 2) only after "new" (tag 1); "new" is a name start only when "york" follows.
// The tag of "new" depends on the next word, so the model must use transitions or neighbour features.
const WORDS = ['the', 'new', 'york', 'city', 'left'];
function toy(sentence: string, tags: number[]): SequenceExample {
  const words = sentence.split(' ').map((w) => WORDS.indexOf(w));
  const ids: number[] = [];
  const offsets = [0];
  words.forEach((w, i) => {
    ids.push(w, 5 + (words[i + 1] ?? 5)); // the word, and the next word (5 + id; 10 = end)
    offsets.push(ids.length);
  });
  return { features: Int32Array.from(ids), offsets: Int32Array.from(offsets), tags: Uint8Array.from(tags) };
}
const CORPUS = [
  toy('the new city', [0, 0, 0]),
  toy('new york left', [1, 2, 0]),
  toy('the new york city', [0, 1, 2, 2]),
  toy('york left', [1, 0]),
  toy('the city left', [0, 0, 0]),
  toy('new city', [0, 0]),
];

describe('SequencePerceptronTrainer', () => {
  it('learns a toy corpus that needs context, and training is repeatable', () => {
    const train = () => {
      const trainer = new SequencePerceptronTrainer(CORPUS, 11, 3, null, 5);
      for (let e = 0; e < 10; e++) trainer.epoch();
      return trainer.averaged();
    };
    const weights = train();
    for (const ex of CORPUS) {
      const out = new Uint8Array(ex.tags.length);
      decodeExample(weights, ex, null, out);
      expect([...out]).toEqual([...ex.tags]);
    }
    expect(train().emission).toEqual(weights.emission);
  });

  it('stores and loads weights (rounded at the scale, zeros dropped)', () => {
    const trainer = new SequencePerceptronTrainer(CORPUS, 11, 3, null, 5);
    for (let e = 0; e < 5; e++) trainer.epoch();
    const weights = trainer.averaged();
    const names = Array.from({ length: 11 }, (_, f) => `f${f}`);
    const loaded = loadWeights(JSON.parse(JSON.stringify(storeWeights(weights, names, 1000))));
    for (const [name, f] of loaded.index) {
      const original = weights.emission.subarray(Number(name.slice(1)) * 3, Number(name.slice(1)) * 3 + 3);
      for (let t = 0; t < 3; t++) expect(loaded.weights.emission[f * 3 + t]).toBeCloseTo(original[t], 2);
    }
    for (const ex of CORPUS) {
      const a = new Uint8Array(ex.tags.length);
      const b = new Uint8Array(ex.tags.length);
      decodeExample(weights, ex, null, a);
      const remapped = { ...ex, features: ex.features.map((f) => loaded.index.get(`f${f}`) ?? -1) };
      decodeExample(loaded.weights, remapped, null, b);
      expect([...b]).toEqual([...a]);
    }
  });
});
