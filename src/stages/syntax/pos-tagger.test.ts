import { describe, expect, it } from 'vitest';
import { buildLinearModel, scoreInto } from '../../models/linear-model.js';
import { rng } from '../../models/sequence-perceptron.js';
import { ambiguityClasses, MAX_TAGGER_FEATURES, NO_TAG, PosTagger, taggerFeatures, type TaggerData } from './pos-tagger.js';
import { SentenceWords } from './word-features.js';

const CLASSES = 6;
const WORDS = ['the', 'dog', 'barks', 'Dog', 'runs', '.', 'a', 'cat'];

/** Greedy tagging with every feature scored afresh: what the tagger's per-form cache must reproduce. */
function reference(model: ReturnType<typeof buildLinearModel>, data: TaggerData, forms: string[]): number[] {
  const sw = new SentenceWords(forms);
  const amb = ambiguityClasses(sw, data);
  const keys = new Int32Array(MAX_TAGGER_FEATURES);
  const scores = new Float64Array(CLASSES);
  const out: number[] = [];
  let t1 = NO_TAG;
  let t2 = NO_TAG;
  for (let i = 0; i < sw.n; i++) {
    const n = taggerFeatures(sw, amb, i, t1, t2, keys);
    scores.fill(0);
    scoreInto(model, keys, n, scores);
    let best = 0;
    for (let c = 1; c < CLASSES; c++) if (scores[c] > scores[best]) best = c;
    out.push(best);
    t2 = t1;
    t1 = best;
  }
  return out;
}

describe('POS tagger', () => {
  it('tags as full scoring does, with word-only scores kept per form across sentences', () => {
    const random = rng(7);
    const sentences = Array.from({ length: 40 }, () => Array.from({ length: 1 + Math.floor(random() * 8) }, () => WORDS[Math.floor(random() * WORDS.length)]));
    // Random weights on every feature these sentences can produce, whatever the previous tags.
    const seen = new Set<number>();
    const keys = new Int32Array(MAX_TAGGER_FEATURES);
    const data: TaggerData = { tags: Array.from({ length: CLASSES }, (_, c) => `X\tT${c}`), ambiguity: { the: 11, dog: 12 } };
    for (const forms of sentences) {
      const sw = new SentenceWords(forms);
      const amb = ambiguityClasses(sw, data);
      for (let i = 0; i < sw.n; i++)
        for (const t1 of [NO_TAG, 0, 1, 2, 3, 4, 5])
          for (const t2 of [NO_TAG, 0, 1, 2, 3, 4, 5]) {
            const n = taggerFeatures(sw, amb, i, t1, t2, keys);
            for (let f = 0; f < n; f++) seen.add(keys[f]);
          }
    }
    const featureKeys = Int32Array.from(seen);
    const counts = new Uint8Array(featureKeys.length).fill(CLASSES);
    const cls = Uint8Array.from({ length: featureKeys.length * CLASSES }, (_, j) => j % CLASSES);
    const weight = Float32Array.from({ length: cls.length }, () => random() * 2 - 1);
    const model = buildLinearModel(CLASSES, featureKeys, counts, cls, weight);
    const tagger = new PosTagger(model, data);
    for (const forms of sentences) expect([...tagger.tag(new SentenceWords(forms))]).toEqual(reference(model, data, forms));
  });
});
