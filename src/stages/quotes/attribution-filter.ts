// The learned attribution filter (data/models/attribution-filter.json, built by
// scripts/train-attribution-filter.mjs from PolNeAR train): the cue extractor proposes attributions
// from the speech lexicon, the cue model and the sentence's surface; this scores each one over its
// parse (attribution-features.ts) and keeps those that read as an attribution. It is what tells
// "the club maintains two small fields" from "the coach maintains that ...": a
// speech verb's form is not enough.
import { loadData } from '../../data/load.js';
import { score, type PerceptronWeights } from '../../models/averaged-perceptron.js';
import type { SyntaxView } from '../syntax/syntax-queries.js';
import type { AttributionContext } from './attribution-context.js';
import { attributionFeatures } from './attribution-features.js';
import type { Attribution } from './cued-attribution-extractor.js';

interface FilterFile extends PerceptronWeights {
  /** Keep an attribution whose score is at least this (chosen on PolNeAR dev by the training script). */
  threshold: number;
}

let model: FilterFile | undefined;

export function attributionScore(ctx: AttributionContext, view: SyntaxView, a: Attribution): number {
  model ??= loadData<FilterFile>('models/attribution-filter.json');
  return score(model, attributionFeatures(ctx, view, a)) - model.threshold;
}
