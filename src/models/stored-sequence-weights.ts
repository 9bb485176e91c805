// The stored form of sequence-perceptron weights (data/models/*.json): plain JSON that `JSON.parse`
// reads fast, rounded to integers at a fixed scale with the zeros dropped, and its loader.
import type { SequenceWeights } from './sequence-perceptron.js';

/**
 * Stored form: features with any weight left after pruning, and their non-zero weights as integers
 * (weights × scale, rounded) in parallel flat arrays. Plain JSON, so `JSON.parse` does the heavy
 * lifting at load time.
 */
export interface StoredSequenceWeights {
  nTags: number;
  scale: number;
  features: string[];
  /** Per feature: how many (tag, value) pairs follow in `tags` / `values`. */
  counts: number[];
  tags: number[];
  values: number[];
  transition: number[];
  end: number[];
}

/** Rounds weights to integers at `scale` and drops those that round to zero (|w| < 0.5 / scale). */
export function storeWeights(weights: SequenceWeights, names: readonly string[], scale: number): StoredSequenceWeights {
  const { nTags } = weights;
  const stored: StoredSequenceWeights = { nTags, scale, features: [], counts: [], tags: [], values: [], transition: [], end: [] };
  for (let f = 0; f < weights.nFeatures; f++) {
    let count = 0;
    for (let t = 0; t < nTags; t++) {
      const v = Math.round(weights.emission[f * nTags + t] * scale);
      if (v === 0) continue;
      stored.tags.push(t);
      stored.values.push(v);
      count++;
    }
    if (count > 0) {
      stored.features.push(names[f]);
      stored.counts.push(count);
    }
  }
  stored.transition = Array.from(weights.transition, (v) => Math.round(v * scale));
  stored.end = Array.from(weights.end, (v) => Math.round(v * scale));
  return stored;
}

/** Weights in decoding form plus the feature-name index that maps strings to rows. */
export interface LoadedSequenceModel {
  weights: SequenceWeights;
  index: Map<string, number>;
}

export function loadWeights(stored: StoredSequenceWeights): LoadedSequenceModel {
  const { nTags, scale } = stored;
  const nFeatures = stored.features.length;
  const emission = new Float32Array(nFeatures * nTags);
  const index = new Map<string, number>();
  let k = 0;
  for (let f = 0; f < nFeatures; f++) {
    index.set(stored.features[f], f);
    for (let c = 0; c < stored.counts[f]; c++, k++) emission[f * nTags + stored.tags[k]] = stored.values[k] / scale;
  }
  return {
    index,
    weights: {
      nTags,
      nFeatures,
      emission,
      transition: Float32Array.from(stored.transition, (v) => v / scale),
      end: Float32Array.from(stored.end, (v) => v / scale),
    },
  };
}
