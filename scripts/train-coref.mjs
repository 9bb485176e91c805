#!/usr/bin/env node
// Trains the nominal ranker of coreference (src/stages/coref/nominal-ranker.ts) on GUM train's chains
// and writes data/models/coref-nominal-ranker.json. Runs the default pipeline up to coref once per
// document, then coref with the rules deciding, reading every definite description's candidates
// (src/stages/coref/nominal-features.ts). A description's right candidate: the entity of a name in
// its gold chain; "none" when its chain has no name Storyline found; left out when the chain's name
// is out of the candidates' reach. A ranking perceptron (the gold candidate's features up, the
// predicted one's down), averaged, examples in a seeded order each epoch: deterministic. Training never
// reads dev; `--folds K` prints K-fold accuracy on train by epoch instead of writing the model.
//
//   npm run build && node scripts/train-coref.mjs [--epochs N] [--folds K] [--test DEV.conllu [--errors]] [FILE.conllu]   (default: gum-train)
// `--test` trains on FILE and prints accuracy on DEV's descriptions (with the rules deciding the history).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGumDocuments } from './gum-coref.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.STORYLINE_SHARED ?? join(root, '..', 'shared');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const k = args.indexOf(name);
  return k >= 0 ? Number(args[k + 1]) : fallback;
};
const epochs = option('--epochs', 5);
const testAt = args.indexOf('--test');
const folds = option('--folds', 0);
// Updates on a description with a named antecedent count this much more: such descriptions are one in ten.
const namedWeight = option('--named-weight', 3);
const file = args.find((a, k) => !a.startsWith('--') && !args[k - 1]?.startsWith('--')) ?? join(shared, 'data', 'ud-english', 'gum-train.conllu');
const SEED = 18;

const dist = (p) => import(join(root, 'dist', p));
const { readConllu, sentenceText } = await dist('stages/syntax/conllu.js');
const { defaultPipeline } = await dist('pipeline/default-pipeline.js');
const { Doc } = await dist('core/document.js');
const { corefStage } = await dist('stages/coref/coref-stage.js');
const { traceNominals, NOMINAL_MODEL } = await dist('stages/coref/nominal-ranker.js');
const { rng } = await dist('models/sequence-perceptron.js');

const stages = defaultPipeline().stages;
const before = stages.slice(0, stages.indexOf(corefStage));
// The pipeline up to coref on each document.
function readDocuments(path) {
  const out = [];
  for (const gold of readGumDocuments(readConllu(readFileSync(path, 'utf8')), sentenceText)) {
    const doc = Doc.create(gold.text, { id: gold.id });
    for (const s of before) s.run(doc, { published: null });
    out.push({ gold, doc });
  }
  return out;
}
const read = readDocuments(file);
// Coref with the rules deciding, reading every description's candidates and its gold label.
function examplesOf(docs) {
  const out = [];
  let unreachable = 0;
  docs.forEach((r, docIndex) => {
    const { gold, doc } = r;
    const traced = [];
    traceNominals((n, candidates) => traced.push({ n, candidates }), true);
    corefStage.run(doc, { published: null });
    traceNominals(null);
    const label = goldLabeller(gold, doc);
    for (const { n, candidates } of traced) {
      const right = label(doc.tokens[n.head]);
      const k = right === null ? 0 : candidates.findIndex((c) => c.entity && right.has(c.entity));
      const info = () => `${JSON.stringify(doc.text.slice(Math.max(0, n.start - 30), n.end + 10))} gold ${k > 0 ? candidates[k].entity.name : k < 0 ? [...right].map((e) => e.name).join('/') : 'none'}`;
      if (k < 0) {
        unreachable++;
        if (showErrors) console.log(`  out of reach: ${info()}`);
        continue;
      }
      out.push({ doc: docIndex, gold: k, candidates: candidates.map((c) => c.features), names: candidates.map((c) => c.entity?.name ?? 'none'), info });
    }
  });
  return { examples: out, unreachable };
}
const showErrors = args.includes('--errors');
const { examples, unreachable } = examplesOf(read);
{
  const ruleOf = (ex) => Math.max(0, ex.candidates.findIndex((f) => f.includes('rule')));
  const named = examples.filter((e) => e.gold > 0);
  const none = examples.filter((e) => e.gold === 0);
  console.log(`rules alone: named antecedent ${(named.filter((e) => ruleOf(e) === e.gold).length / named.length).toFixed(3)}, none ${(none.filter((e) => ruleOf(e) === 0).length / none.length).toFixed(3)}`);
}
// Ablation: --drop REGEX leaves out the features it matches (for measuring a feature's worth).
const dropAt = args.indexOf('--drop');
if (dropAt >= 0) {
  const drop = new RegExp(args[dropAt + 1]);
  for (const ex of examples) ex.candidates = ex.candidates.map((fs) => fs.filter((f) => !drop.test(f)));
}
console.log(`${examples.length} descriptions from ${read.length} documents (${examples.filter((e) => e.gold > 0).length} with a named antecedent; ${unreachable} out of reach, left out)`);

function nameMentions(doc) {
  const names = [];
  for (const e of doc.entities) for (const m of e.mentions) if (m.form !== 'pronoun' && m.form !== 'description') names.push({ start: m.start, end: m.end, entity: e });
  return names;
}

/** The entity of the smallest Storyline name covering a word. */
function alignName(names, w) {
  let best = null;
  for (const p of names) if (p.start <= w.start && p.end >= w.end && (!best || p.end - p.start < best.end - best.start)) best = p;
  return best?.entity ?? null;
}

/** For a token: the entities of the names in its gold chain, or null when it has none Storyline found. */
function goldLabeller(gold, doc) {
  const names = nameMentions(doc);
  const nameEntity = (m) => alignName(names, gold.words[m.head]);
  const chains = new Map();
  for (const m of gold.mentions) {
    if (!chains.has(m.chain)) chains.set(m.chain, []);
    chains.get(m.chain).push(m);
  }
  return (token) => {
    let mention = null;
    for (const m of gold.mentions) {
      const w = gold.words[m.head];
      if (w.start < token.end && token.start < w.end && (!mention || m.last - m.first < mention.last - mention.first)) mention = m;
    }
    if (!mention) return null;
    const entities = new Set(chains.get(mention.chain).filter((m) => m.named).map(nameEntity).filter(Boolean));
    return entities.size > 0 ? entities : null;
  };
}

function train(data, nEpochs, onEpoch) {
  const w = new Map();
  const total = new Map();
  const stamp = new Map();
  let step = 0;
  const scoreOf = (features) => {
    let s = 0;
    for (const f of features) s += w.get(f) ?? 0;
    return s;
  };
  const bump = (f, delta) => {
    const cur = w.get(f) ?? 0;
    total.set(f, (total.get(f) ?? 0) + (step - (stamp.get(f) ?? 0)) * cur);
    stamp.set(f, step);
    w.set(f, cur + delta);
  };
  const averaged = () => {
    const out = {};
    for (const [f, cur] of w) {
      const avg = ((total.get(f) ?? 0) + (step - (stamp.get(f) ?? 0)) * cur) / step;
      if (Math.abs(avg) >= 1e-3) out[f] = Math.round(avg * 1e3) / 1e3;
    }
    return out;
  };
  const order = data.map((_, i) => i);
  const random = rng(SEED);
  for (let epoch = 1; epoch <= nEpochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      step++;
      const ex = data[idx];
      let best = 0;
      let bestScore = -Infinity;
      ex.candidates.forEach((f, k) => {
        const s = scoreOf(f);
        if (s > bestScore) { bestScore = s; best = k; }
      });
      if (best === ex.gold) continue;
      const amount = ex.gold > 0 ? namedWeight : 1;
      for (const f of ex.candidates[ex.gold]) bump(f, amount);
      for (const f of ex.candidates[best]) bump(f, -amount);
    }
    onEpoch?.(epoch, averaged);
  }
  return averaged();
}

function accuracy(weights, data) {
  const counts = { named: [0, 0], none: [0, 0] };
  for (const ex of data) {
    let best = 0;
    let bestScore = -Infinity;
    ex.candidates.forEach((fs, k) => {
      let s = 0;
      for (const f of fs) s += weights[f] ?? 0;
      if (s > bestScore) { bestScore = s; best = k; }
    });
    const c = ex.gold > 0 ? counts.named : counts.none;
    c[1]++;
    if (best === ex.gold) c[0]++;
    else if (showErrors) console.log(`  ${ex.info()} got ${ex.names[best]} [${ex.candidates[ex.gold].join(' ')}]`);
  }
  return counts;
}

if (folds > 1) {
  const byEpoch = [];
  for (let f = 0; f < folds; f++) {
    const held = examples.filter((e) => e.doc % folds === f);
    train(examples.filter((e) => e.doc % folds !== f), epochs, (epoch, averaged) => {
      const a = accuracy(averaged(), held);
      const t = (byEpoch[epoch] ??= { named: [0, 0], none: [0, 0] });
      for (const k of ['named', 'none']) for (const j of [0, 1]) t[k][j] += a[k][j];
    });
  }
  for (let e = 1; e <= epochs; e++) {
    const { named, none } = byEpoch[e];
    console.log(`epoch ${e}: named antecedent ${(named[0] / named[1]).toFixed(3)} of ${named[1]}, none ${(none[0] / none[1]).toFixed(3)} of ${none[1]}`);
  }
} else if (testAt >= 0) {
  // --test FILE: train on all of train, print accuracy (and with --errors the misses) on FILE's descriptions.
  const weights = train(examples, epochs);
  const test = examplesOf(readDocuments(args[testAt + 1]));
  const { named, none } = accuracy(weights, test.examples);
  console.log(`test: named antecedent ${(named[0] / named[1]).toFixed(3)} of ${named[1]}, none ${(none[0] / none[1]).toFixed(3)} of ${none[1]}; ${test.unreachable} out of reach`);
} else {
  const weights = train(examples, epochs);
  const sorted = Object.fromEntries(Object.entries(weights).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const out = join(root, 'data', NOMINAL_MODEL);
  writeFileSync(out, `${JSON.stringify({ about: `nominal ranker, GUM train (${examples.length} descriptions), ${epochs} epochs, named weight ${namedWeight}, seed ${SEED}: node scripts/train-coref.mjs`, bias: 0, weights: sorted })}\n`);
  console.log(`wrote ${out}: ${Object.keys(sorted).length} features`);
}
