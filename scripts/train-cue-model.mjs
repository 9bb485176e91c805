#!/usr/bin/env node
// Trains the attribution-cue classifier on PolNeAR train and reports token-level P/R/F1 on dev.
// Deterministic (seeded). Writes data/models/cue-perceptron.json.
// Run after `npm run build`:  node scripts/train-cue-model.mjs [--epochs 8] [--threshold 0]
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Pipeline } from '../dist/core/pipeline.js';
import { segmentStage } from '../dist/stages/segment/wink-segmenter.js';
import { buildContext } from '../dist/stages/quotes/attribution-context.js';
import { cueFeatures } from '../dist/stages/quotes/cue-features.js';
import { train, score } from '../dist/models/averaged-perceptron.js';

const { values } = parseArgs({ options: { epochs: { type: 'string', default: '8' }, data: { type: 'string', default: '../shared/data/polnear' } } });
const pipeline = new Pipeline([segmentStage]);

// Lemmas seen as cue tokens in training: the model is only consulted for these (a verb never seen as
// a cue scores far below zero anyway, and skipping it saves most of the feature work).
const cueLemmas = new Map();

function examples(file, countLemmas = false) {
  const out = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const g = JSON.parse(line);
    const doc = pipeline.run(g.text, { id: g.id });
    const ctx = buildContext(doc);
    const cueChars = new Uint8Array(g.text.length);
    for (const a of g.attributions) for (const [s, e] of a.cue ?? []) cueChars.fill(1, s, e);
    doc.tokens.forEach((t, i) => {
      let label = false;
      for (let k = t.start; k < t.end; k++) if (cueChars[k]) { label = true; break; }
      if (countLemmas && label) cueLemmas.set(t.lemma, (cueLemmas.get(t.lemma) ?? 0) + 1);
      out.push({ features: cueFeatures(ctx, i), label });
    });
  }
  return out;
}

const t0 = Date.now();
const trainSet = examples(`${values.data}/train.jsonl`, true);
const devSet = examples(`${values.data}/dev.jsonl`);
console.log(`examples: train ${trainSet.length}, dev ${devSet.length} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
const model = train(trainSet, Number(values.epochs), 7);
for (const threshold of [-1, -0.5, 0, 0.5, 1]) {
  let tp = 0, fp = 0, fn = 0;
  for (const ex of devSet) {
    const p = score(model, ex.features) > threshold;
    if (p && ex.label) tp++; else if (p) fp++; else if (ex.label) fn++;
  }
  const P = tp / (tp + fp), R = tp / (tp + fn);
  console.log(`dev cue tokens @${threshold}: P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${(2 * P * R / (P + R)).toFixed(3)}`);
}
const out = new URL('../data/models/cue-perceptron.json', import.meta.url);
const lemmas = Object.fromEntries([...cueLemmas].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
writeFileSync(out, JSON.stringify({ about: 'Attribution-cue token classifier (averaged perceptron) trained on PolNeAR train by scripts/train-cue-model.mjs', epochs: Number(values.epochs), lemmas, ...model }));
console.log(`features: ${Object.keys(model.weights).length}; wrote ${out.pathname} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
