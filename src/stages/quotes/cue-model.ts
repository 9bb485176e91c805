// The learned cue classifier (data/models/cue-perceptron.json, built by scripts/train-cue-model.mjs):
// scores whether a token is part of an attribution cue in its context.
import { loadData } from '../../data/load.js';
import { score, type PerceptronWeights } from '../../models/averaged-perceptron.js';
import { cueFeatures, type CueFeatureContext } from './cue-features.js';

let model: PerceptronWeights | undefined;

export function cueScore(ctx: CueFeatureContext, i: number): number {
  model ??= loadData<PerceptronWeights>('models/cue-perceptron.json');
  return score(model, cueFeatures(ctx, i));
}
