#!/usr/bin/env node
// Trains the attribution filter (src/stages/quotes/attribution-filter.ts) on PolNeAR train: every
// attribution the cue extractor proposes is an example, positive when a gold attribution's cue and
// content overlap its own. Features: src/stages/quotes/attribution-features.ts. Averaged perceptron,
// seeded, so the same data gives the same file. Prints precision and recall of the kept attributions on
// PolNeAR dev at each threshold and stores the one with the best F1 at precision >= the proposals'.
//   npm run build && node scripts/train-attribution-filter.mjs [--epochs 10] [--data ../shared/data/polnear]
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Pipeline } from '../dist/core/pipeline.js';
import { segmentStage } from '../dist/stages/segment/wink-segmenter.js';
import { syntaxStage } from '../dist/stages/syntax/syntax-stage.js';
import { entitiesStage } from '../dist/stages/entities/entities-stage.js';
import { placesStage } from '../dist/stages/places/places-stage.js';
import { SyntaxView } from '../dist/stages/syntax/syntax-queries.js';
import { buildContext } from '../dist/stages/quotes/attribution-context.js';
import { extractCuedAttributions } from '../dist/stages/quotes/cued-attribution-extractor.js';
import { attributionFeatures } from '../dist/stages/quotes/attribution-features.js';
import { train, score } from '../dist/models/averaged-perceptron.js';

const { values } = parseArgs({ options: { epochs: { type: 'string', default: '10' }, data: { type: 'string', default: '../shared/data/polnear' } } });
const pipeline = new Pipeline([segmentStage, syntaxStage, entitiesStage, placesStage]);
const overlaps = (a, s) => a.start < s[1] && s[0] < a.end;

function examples(file) {
  const out = [];
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  lines.forEach((line, n) => {
    const g = JSON.parse(line);
    const doc = pipeline.run(g.text, { id: g.id });
    const ctx = buildContext(doc);
    const view = new SyntaxView(doc);
    for (const a of extractCuedAttributions(ctx)) {
      const q = a.quote;
      const label = g.attributions.some((x) => q.cue && x.cue.some((c) => overlaps(q.cue, c)) && x.content.some((c) => q.content.some((y) => overlaps(y, c))));
      out.push({ features: attributionFeatures(ctx, view, a), label });
    }
    if ((n + 1) % 200 === 0) process.stderr.write(`  ${file}: ${n + 1}/${lines.length} articles\n`);
  });
  return out;
}

const t0 = Date.now();
const trainSet = examples(`${values.data}/train.jsonl`);
const devSet = examples(`${values.data}/dev.jsonl`);
const pos = (set) => set.filter((e) => e.label).length;
console.log(`examples: train ${trainSet.length} (${pos(trainSet)} right), dev ${devSet.length} (${pos(devSet)} right); ${((Date.now() - t0) / 1000).toFixed(0)} s`);
const model = train(trainSet, Number(values.epochs), 1);
const scored = devSet.map((e) => ({ s: score(model, e.features), label: e.label }));
const allP = pos(devSet) / devSet.length;
let best = { f1: -1, threshold: 0 };
for (const threshold of [-3, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2]) {
  const kept = scored.filter((x) => x.s >= threshold);
  const tp = kept.filter((x) => x.label).length;
  const p = tp / kept.length;
  const r = tp / pos(devSet);
  const f1 = (2 * p * r) / (p + r);
  console.log(`threshold ${threshold}: kept ${kept.length}/${devSet.length}, precision ${p.toFixed(3)} (all proposals ${allP.toFixed(3)}), recall of right proposals ${r.toFixed(3)}, F1 ${f1.toFixed(3)}`);
  if (f1 > best.f1) best = { f1, threshold };
}
console.log(`attribution-filter-threshold: ${best.threshold}`);
writeFileSync(new URL('../data/models/attribution-filter.json', import.meta.url), `${JSON.stringify({ threshold: best.threshold, bias: model.bias, weights: model.weights })}\n`);
