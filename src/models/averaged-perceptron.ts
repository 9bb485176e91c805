// A binary averaged perceptron over sparse string features: the small learned models Storyline ships
// (weights in data/models/). Training is deterministic: examples are visited in a seeded order.
// Hand-written because it is ~60 lines and no maintained npm package offers averaged perceptron
// training with plain-JSON weights that load in milliseconds.

export interface PerceptronWeights {
  bias: number;
  weights: Record<string, number>;
}

export function score(model: PerceptronWeights, features: readonly string[]): number {
  let s = model.bias;
  for (const f of features) {
    const w = model.weights[f];
    if (w !== undefined) s += w;
  }
  return s;
}

import { rng } from './sequence-perceptron.js';

export interface Example {
  features: string[];
  label: boolean;
}

export function train(examples: Example[], epochs: number, seed = 1): PerceptronWeights {
  const w = new Map<string, number>();
  const total = new Map<string, number>(); // sum of weights over time, for averaging
  const stamp = new Map<string, number>();
  let bias = 0;
  let biasTotal = 0;
  let biasStamp = 0;
  let step = 0;
  const order = examples.map((_, i) => i);
  const random = rng(seed);
  const bump = (f: string, delta: number) => {
    const cur = w.get(f) ?? 0;
    total.set(f, (total.get(f) ?? 0) + (step - (stamp.get(f) ?? 0)) * cur);
    stamp.set(f, step);
    w.set(f, cur + delta);
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      step++;
      const ex = examples[idx];
      let s = bias;
      for (const f of ex.features) s += w.get(f) ?? 0;
      const predicted = s > 0;
      if (predicted !== ex.label) {
        const delta = ex.label ? 1 : -1;
        for (const f of ex.features) bump(f, delta);
        biasTotal += (step - biasStamp) * bias;
        biasStamp = step;
        bias += delta;
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, cur] of w) {
    const avg = ((total.get(f) ?? 0) + (step - (stamp.get(f) ?? 0)) * cur) / step;
    if (Math.abs(avg) > 1e-4) weights[f] = Math.round(avg * 1e4) / 1e4;
  }
  biasTotal += (step - biasStamp) * bias;
  return { bias: Math.round((biasTotal / step) * 1e4) / 1e4, weights };
}
