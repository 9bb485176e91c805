// The learned cue classifier (data/models/cue-perceptron.json, built by scripts/train-cue-model.mjs):
// scores whether a token is part of an attribution cue in its context.
import { loadData } from '../../data/load.js';
import type { PerceptronWeights } from '../../models/averaged-perceptron.js';
import { cueFeatures, type CueFeatureContext } from './cue-features.js';

// Weights in a Map: lookups on a plain object with 170,000 keys are several times slower.
let model: { bias: number; weights: Map<string, number>; lemmas: Set<string> } | undefined;

// A lemma must be a cue this many times in PolNeAR train to be scored (measured on dev: see commit).
const MIN_LEMMA_COUNT = 5;

// Scores already computed for a document's tokens: extractors ask about the same token repeatedly.
const memo = new WeakMap<CueFeatureContext, Float64Array>();

export function cueScore(ctx: CueFeatureContext, i: number): number {
  let scores = memo.get(ctx);
  if (!scores) memo.set(ctx, (scores = new Float64Array(ctx.tokens.length).fill(Number.NaN)));
  if (!Number.isNaN(scores[i])) return scores[i];
  if (!model) {
    const raw = loadData<PerceptronWeights & { lemmas: Record<string, number> }>('models/cue-perceptron.json');
    const lemmas = new Set(Object.entries(raw.lemmas).filter(([, n]) => n >= MIN_LEMMA_COUNT).map(([l]) => l));
    model = { bias: raw.bias, weights: new Map(Object.entries(raw.weights)), lemmas };
  }
  // Only lemmas the training data marked as cues often enough are scored.
  if (!model.lemmas.has(ctx.tokens[i].lemma)) { scores[i] = -Infinity; return scores[i]; }
  let s = model.bias;
  for (const f of cueFeatures(ctx, i)) s += model.weights.get(f) ?? 0;
  scores[i] = s;
  return s;
}
