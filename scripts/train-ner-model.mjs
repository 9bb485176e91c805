#!/usr/bin/env node
// Trains the English name tagger (two-pass structured perceptron, src/stages/entities/ner/) on
// CoNLL-2003 train (Reuters 1996) plus the named mentions of GUM train (Wikinews news and interviews,
// Wikipedia biographies, academic, court and travel texts), so that it learns more than one kind of
// text; CoNLL-2003 dev is used only to choose the number of epochs. Deterministic (seeded).
// GUM's mentions become CoNLL-2003 names in src/stages/entities/ner/gum-names.ts: a mention headed by
// a proper noun, cut to its run of proper nouns (no article, title or description); person -> PER,
// organization -> ORG, place -> LOC, Wikipedia-linked event, object and abstract -> MISC; a single-word
// demonym ("Americans") and a capitalised demonym adjective ("Spanish art") -> MISC, as CoNLL has them;
// time and quantity mentions are no names; a sentence with a name of another kind is left out.
// Writes data/lexicons/first-names.json (given names from train) and data/models/ner-perceptron.json.
// Run:  npm run train:ner            (builds dist/ first)
//       node scripts/train-ner-model.mjs [--gum FILE|''] [--scheme BIO|BILOU] [--passes 1|2] [--min-count 2] [--scale 100]
//                                         [--honorifics 0.15] [--seed 7] [--out FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Pipeline } from '../dist/core/pipeline.js';
import { segmentStage } from '../dist/stages/segment/wink-segmenter.js';
import { getLexicon } from '../dist/stages/entities/lexicon.js';
import { gumGoldDocs } from '../dist/stages/entities/ner/gum-names.js';
import { NerGazetteer } from '../dist/stages/entities/ner/ner-gazetteer.js';
import { TagScheme } from '../dist/stages/entities/ner/tag-scheme.js';
import { docFacts, docFeatures } from '../dist/stages/entities/ner/ner-doc-features.js';
import { FeatureTable, decodeDoc, firstNamesIn, mergeEncoded, prepareTrainingDoc, scoreSpans, sentenceExamples, withHonorifics } from '../dist/stages/entities/ner/ner-training.js';
import { SequencePerceptronTrainer, rng } from '../dist/models/sequence-perceptron.js';
import { storeWeights } from '../dist/models/stored-sequence-weights.js';

const { values: opt } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/conll2003' },
    gum: { type: 'string', default: '../shared/data/ud-english/gum-train.conllu' },
    scheme: { type: 'string', default: 'BIO' },
    passes: { type: 'string', default: '2' },
    'max-epochs': { type: 'string', default: '30' },
    patience: { type: 'string', default: '5' },
    folds: { type: 'string', default: '5' },
    'min-count': { type: 'string', default: '2' },
    'min-name-docs': { type: 'string', default: '2' },
    scale: { type: 'string', default: '100' },
    seed: { type: 'string', default: '7' },
    honorifics: { type: 'string', default: '0.15' },
    out: { type: 'string', default: 'data/models/ner-perceptron.json' },
  },
});
const root = new URL('..', import.meta.url);
const MAX_EPOCHS = Number(opt['max-epochs']);
const PATIENCE = Number(opt.patience);
const FOLDS = Number(opt.folds);
const MIN_NAME_DOCS = Number(opt['min-name-docs']);
const SEED = Number(opt.seed);
const started = Date.now();
const clock = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (msg) => console.log(`[${clock()}] ${msg}`);

const read = (file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
// Honorifics ("Mr.", "Sen.") before a seeded 15% of train person names: Reuters 1996 hardly uses
// them, most news does (without this, "Mr. Petrov told ..." loses Petrov). Dev F1 is unchanged.
const augment = rng(SEED);
const lex = getLexicon();
const gumGold = opt.gum ? gumGoldDocs(readFileSync(opt.gum, 'utf8'), { isDemonym: (w) => lex.demonyms.has(w), isTitle: (w) => lex.titleHeads.has(w) || lex.honorifics.has(w) }) : [];
const trainGold = [...read(`${opt.data}/train.jsonl`), ...gumGold].map((g) => withHonorifics(g, Number(opt.honorifics), augment));
log(`train: CoNLL-2003 ${trainGold.length - gumGold.length} documents, GUM ${gumGold.length} (${gumGold.reduce((s, d) => s + d.entities.length, 0)} names)`);
const devGold = read(`${opt.data}/dev.jsonl`);

// Given names from train only. A name counts when it starts person names in MIN_NAME_DOCS documents;
// while preparing a train document its own names are left out of the count (leave-one-out), so the
// feature is as reliable in training as it will be on unseen text.
const namesByDoc = trainGold.map(firstNamesIn);
const nameDocs = new Map();
for (const names of namesByDoc) for (const n of names) nameDocs.set(n, (nameDocs.get(n) ?? 0) + 1);
const firstNames = [...nameDocs].filter(([, c]) => c >= MIN_NAME_DOCS).map(([n]) => n).sort();
writeFileSync(new URL('data/lexicons/first-names.json', root), `${JSON.stringify({
  _about: `Given names: the first token of person names of two or more tokens in CoNLL-2003 train and GUM train, lower-cased, found in ${MIN_NAME_DOCS}+ documents. Written by scripts/train-ner-model.mjs; read by the name tagger's gazetteer features.`,
  names: firstNames,
}, null, 0)}\n`);
log(`first names: ${firstNames.length} (from ${nameDocs.size} seen in train)`);

const scheme = new TagScheme(opt.scheme);
const mask = scheme.mask();
const shipped = new Set(firstNames);
const gaz = new NerGazetteer(lex, shipped);
const pipeline = new Pipeline([segmentStage]);
const train = trainGold.map((g, d) => {
  gaz.firstName = (w) => (nameDocs.get(w) ?? 0) - (namesByDoc[d].has(w) ? 1 : 0) >= MIN_NAME_DOCS;
  return prepareTrainingDoc(pipeline.run(g.text, { id: g.id }), g.entities, gaz, scheme);
});
gaz.firstName = (w) => shipped.has(w);
const dev = devGold.map((g) => prepareTrainingDoc(pipeline.run(g.text, { id: g.id }), g.entities, gaz, scheme));
const tokenCount = (docs) => docs.reduce((s, p) => s + p.doc.tokens.length, 0);
log(`segmented: train ${train.length} docs, ${tokenCount(train)} tokens; dev ${dev.length} docs, ${tokenCount(dev)} tokens`);

const table = new FeatureTable();
const trainEnc = train.map((p) => table.encode(p, true));
const seen = table.size;
table.prune(Number(opt['min-count']), trainEnc);
const devEnc = dev.map((p) => table.encode(p, false));
const nFeatures1 = table.size;
log(`pass 1 features: ${nFeatures1} (of ${seen} seen; min count ${opt['min-count']})`);

const fmt = (s) => `F1 ${s.f1.toFixed(4)} (${Object.entries(s.byType).map(([t, v]) => `${t} ${v.f1.toFixed(3)}`).join(', ')})`;

/** Trains on `examples`; with `devDocs`, keeps the epoch that scores best on dev (stops after PATIENCE worse epochs). */
function fit(name, examples, nFeatures, epochs, devDocs) {
  const trainer = new SequencePerceptronTrainer(examples, nFeatures, scheme.size, mask, SEED);
  let best = null;
  for (let e = 1; e <= epochs; e++) {
    const mistakes = trainer.epoch();
    if (!devDocs) continue;
    const weights = trainer.averaged();
    const score = scoreSpans(scheme, devDocs.docs, devDocs.docs.map((p, d) => decodeDoc(weights, mask, p, devDocs.enc[d])));
    log(`${name} epoch ${e}: ${mistakes} mistaken sentences; dev ${fmt(score)}`);
    if (!best || score.f1 > best.score.f1) best = { weights, epoch: e, score };
    else if (e - best.epoch >= PATIENCE) break;
  }
  return best ?? { weights: trainer.averaged(), epoch: epochs, score: null };
}

const examplesOf = (docs, encs) => docs.flatMap((p, d) => sentenceExamples(p, encs[d]));
const pass1 = fit('pass 1', examplesOf(train, trainEnc), nFeatures1, MAX_EPOCHS, { docs: dev, enc: devEnc });
log(`pass 1: best epoch ${pass1.epoch}, dev ${fmt(pass1.score)}`);
const passes = [{ weights: pass1.weights, nFeatures: nFeatures1, epoch: pass1.epoch, dev: pass1.score.f1 }];

if (opt.passes === '2') {
  // First-pass tags for train come from models that did not see the document (jackknife over FOLDS
  // folds), so the second pass learns how far to trust first-pass tags on unseen text.
  const firstPass = new Array(train.length);
  for (let k = 0; k < FOLDS; k++) {
    const inFold = (d) => d % FOLDS === k;
    const examples = train.flatMap((p, d) => (inFold(d) ? [] : sentenceExamples(p, trainEnc[d])));
    const { weights } = fit(`fold ${k + 1}`, examples, nFeatures1, pass1.epoch, null);
    train.forEach((p, d) => { if (inFold(d)) firstPass[d] = decodeDoc(weights, mask, p, trainEnc[d]); });
    log(`fold ${k + 1}/${FOLDS} tagged`);
  }
  log(`jackknifed first pass on train: ${fmt(scoreSpans(scheme, train, firstPass))}`);
  const devFirst = dev.map((p, d) => decodeDoc(pass1.weights, mask, p, devEnc[d]));
  const withDocFeatures = (p, enc, tags, grow) => {
    const facts = docFacts(p.view, tags, scheme);
    return mergeEncoded(enc, table.encodeExtra(p.doc.tokens.length, (i, sink) => docFeatures(p.view, facts, scheme, i, sink), grow));
  };
  const trainEnc2 = train.map((p, d) => withDocFeatures(p, trainEnc[d], firstPass[d], true));
  const devEnc2 = dev.map((p, d) => withDocFeatures(p, devEnc[d], devFirst[d], false));
  const nFeatures2 = table.size;
  const pass2 = fit('pass 2', examplesOf(train, trainEnc2), nFeatures2, MAX_EPOCHS, { docs: dev, enc: devEnc2 });
  log(`pass 2: best epoch ${pass2.epoch}, dev ${fmt(pass2.score)}`);
  passes.push({ weights: pass2.weights, nFeatures: nFeatures2, epoch: pass2.epoch, dev: pass2.score.f1 });
}

const scale = Number(opt.scale);
const model = {
  about: `English name tagger: ${passes.length}-pass structured averaged perceptron over ${scheme.name} tags (PER, ORG, LOC, MISC), trained on CoNLL-2003 train${gumGold.length ? ' and GUM train (named mentions)' : ''} by scripts/train-ner-model.mjs (seed ${SEED}; epochs ${passes.map((p) => p.epoch).join(', ')} chosen on dev; dev token-span F1 ${passes.map((p) => p.dev.toFixed(4)).join(', ')}). Weights x${scale}, rounded; zeros dropped.`,
  scheme: scheme.name,
  passes: passes.map((p) => storeWeights(p.weights, table.index.names.slice(0, p.nFeatures), scale)),
};
const json = JSON.stringify(model);
writeFileSync(new URL(opt.out, root), json);
log(`wrote ${opt.out}: ${(json.length / 1e6).toFixed(1)} MB, ${model.passes.map((p) => `${p.features.length} features / ${p.values.length} weights`).join('; ')}`);
