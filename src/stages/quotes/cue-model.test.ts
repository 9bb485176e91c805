// The cue scorer looks features up by their parts; these tests hold it to the stored strings' sum.
import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../core/pipeline.js';
import { loadData } from '../../data/load.js';
import type { PerceptronWeights } from '../../models/averaged-perceptron.js';
import { segmentStage } from '../segment/wink-segmenter.js';
import { buildContext } from './attribution-context.js';
import { cueFeatures, visitCueFeatures, type CueFeatureContext } from './cue-features.js';
import { CueWeights } from './cue-model.js';

const segment = new Pipeline([segmentStage]);
const contextOf = (text: string) => buildContext(segment.run(text, { id: 'cue-test' }));

/** The reference: the sum over the feature strings, in their order. */
function stringSum(byName: Map<string, number>, ctx: CueFeatureContext, i: number): number {
  let s = 0;
  for (const f of cueFeatures(ctx, i)) s += byName.get(f) ?? 0;
  return s;
}

function partsSum(weights: CueWeights, ctx: CueFeatureContext, i: number): number {
  weights.sum = 0;
  visitCueFeatures(ctx, i, weights, weights);
  return weights.sum;
}

const TEXT = [
  '“We will not give up,” Ana Ruiz said on Monday, adding that the vote was final.',
  'According to the ministry, officials told reporters the talks had failed. “It is over,” said Mr Okafor.',
  'Critics have called for an inquiry, and she believes that the report was leaked | twice.',
].join('\n\n');

describe('cue scorer', () => {
  it('gives every token of a text the stored model’s string sum, to the last bit', () => {
    const raw = loadData<PerceptronWeights>('models/cue-perceptron.json');
    const weights = new CueWeights(raw.weights);
    const byName = new Map(Object.entries(raw.weights));
    const ctx = contextOf(TEXT);
    let nonZero = 0;
    ctx.tokens.forEach((_, i) => {
      const expected = stringSum(byName, ctx, i);
      if (expected !== 0) nonZero++;
      expect(partsSum(weights, ctx, i)).toBe(expected);
    });
    expect(nonZero).toBeGreaterThan(ctx.tokens.length / 2);
  });

  it('finds a stored value that itself holds the separator', () => {
    const ctx = contextOf('Ana said | Ruiz left.');
    const bar = ctx.tokens.findIndex((t) => t.norm === '|');
    const names = cueFeatures(ctx, bar);
    const triple = names.find((f) => f.startsWith('p1+l+n1='))!;
    const pair = names.find((f) => f.startsWith('l+n1='))!;
    expect(triple.split('|').length).toBeGreaterThan(3);
    const weights = new CueWeights({ [triple]: 2, [pair]: 0.5, 'l+n1=other|x': 100 });
    expect(partsSum(weights, ctx, bar)).toBe(2.5);
  });

  it('adds nothing for features the model does not hold', () => {
    const ctx = contextOf('Ana Ruiz said so.');
    expect(partsSum(new CueWeights({ 'w=unseen': 3, 'l+n1=say|other': 1 }), ctx, 2)).toBe(0);
  });
});
