#!/usr/bin/env node
// Trains the syntax component (data/models/syntax.bin): POS tagger (UPOS+XPOS), lemmatiser rules
// and labelled dependency parser, on UD English EWT train + GUM train (../shared/data/ud-english),
// tuned on their dev sets. Deterministic: seeded shuffles, fixed epochs.
//
// The parser learns from the tags the tagger will give it, not gold tags: the training set's tags
// come from 4-fold jackknifing (each quarter tagged by a tagger trained on the other three).
// The word clusters it reads (data/models/word-clusters.tsv) come from scripts/build-word-clusters.mjs.
//
// The tagger runs twice: the second pass reads the first pass's tags on both sides of each word,
// trained on the same jackknifed first-pass tags. The parser decodes with a small beam over its
// greedy model's moves, the softmax temperature chosen on the dev sets.
//
//   npm run train:syntax [-- --tagger-epochs 8 --second-epochs 5 --parser-epochs 12 --folds 4 --fold-epochs 4 --out FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.STORYLINE_SHARED ?? join(root, '..', 'shared');
const ud = join(shared, 'data', 'ud-english');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const TAGGER_EPOCHS = arg('--tagger-epochs', 8);
const FOLD_EPOCHS = arg('--fold-epochs', 4);
const PARSER_EPOCHS = arg('--parser-epochs', 12);
const SECOND_EPOCHS = arg('--second-epochs', 0);
// Candidates more than `margin` nats below the best are dropped: 0.7 keeps most of the beam's gain
// at 0.61 of greedy's tag + parse speed (1.5: 0.51).
const BEAM = { width: 4, margin: 0.7 };
const BEAM_TEMPS = [20, 30, 40, 50, 60];
const FOLDS = arg('--folds', 4);
const SEED = 20261207;
const outAt = process.argv.indexOf('--out');
const OUT = outAt >= 0 ? process.argv[outAt + 1] : join(root, 'data', 'models', 'syntax.bin');

const dist = (p) => import(join(root, 'dist', p));
const { readConllu } = await dist('stages/syntax/conllu.js');
const { trainTagger, tagAccuracy } = await dist('stages/syntax/tagger-training.js');
const { trainParser, parseScore } = await dist('stages/syntax/parser-training.js');
const { learnLemmaData } = await dist('stages/syntax/lemmatizer.js');
const { PosTagger } = await dist('stages/syntax/pos-tagger.js');
const { DependencyParser } = await dist('stages/syntax/dependency-parser.js');
const { SentenceWords } = await dist('stages/syntax/word-features.js');
const { buildLinearModel } = await dist('models/hashed-perceptron.js');
const { decodeModelFile, encodeModelFile } = await dist('models/model-file.js');

const started = Date.now();
const log = (line) => console.error(`[${((Date.now() - started) / 1000).toFixed(0)}s] ${line}`);
const load = (file) => [...readConllu(readFileSync(join(ud, file), 'utf8'))];
const train = [...load('ewt-train.conllu'), ...load('gum-train.conllu')];
const devSets = { ewt: load('ewt-dev.conllu'), gum: load('gum-dev.conllu') };
const dev = [...devSets.ewt, ...devSets.gum];
const tagged = (sents) => sents.map((s) => ({ forms: s.words.map((w) => w.form), tags: s.words.map((w) => `${w.upos}\t${w.xpos}`) }));
log(`${train.length} training sentences, ${dev.length} dev sentences`);

const lemmas = learnLemmaData(train.flatMap((s) => s.words));
log(`lemmatiser: ${Object.keys(lemmas.rules).length} rules, ${Object.keys(lemmas.exceptions).length} exceptions`);

const fromStored = (s) => buildLinearModel(s.nClasses, s.keys, s.counts, s.cls, s.weight);

// Jackknifed tags for the parser's training set.
const foldTags = new Array(train.length);
for (let f = 0; f < FOLDS; f++) {
  const rest = train.filter((_, i) => i % FOLDS !== f);
  const { stored, data } = trainTagger(tagged(rest), [], FOLD_EPOCHS, SEED + f, () => {});
  const tagger = new PosTagger(fromStored(stored), data);
  train.forEach((s, i) => {
    if (i % FOLDS === f) foldTags[i] = { ids: tagger.tag(new SentenceWords(s.words.map((w) => w.form))), names: data.tags };
  });
  log(`jackknife fold ${f + 1}/${FOLDS} tagged`);
}

const tagged0 = tagged(train);
const { stored: taggerStored, data: taggerData } = trainTagger(tagged0, tagged(devSets.ewt), TAGGER_EPOCHS, SEED, log);
const tagger = new PosTagger(fromStored(taggerStored), taggerData);
const tagId = new Map(taggerData.tags.map((t, i) => [t, i]));
// Fold taggers number their classes by their own data; map into the final tagger's ids.
const toFinal = (names, ids) => Uint8Array.from(ids, (id) => tagId.get(names[id]) ?? 0);

const example = (s, tags) => {
  const n = s.words.length;
  return {
    sw: new SentenceWords(s.words.map((w) => w.form)),
    tags,
    head: Int32Array.from(s.words.map((w) => (w.head === 0 ? n : w.head - 1))),
    deprel: s.words.map((w) => w.deprel),
  };
};
const trainTags = train.map((s, i) => toFinal(foldTags[i].names, foldTags[i].ids));
const secondStored = SECOND_EPOCHS > 0 ? trainTagger(tagged0, tagged(devSets.ewt), SECOND_EPOCHS, SEED + 1, log, { first: tagger, right: trainTags }).stored : null;

const parseTrain = train.map((s, i) => example(s, trainTags[i]));
const devExamples = (sents, tg = tagger) => sents.map((s) => example(s, tg.tag(new SentenceWords(s.words.map((w) => w.form)))));
const parseDev = devExamples(devSets.ewt);
const { transitions, labeller, data: parserData } = trainParser(parseTrain, parseDev, PARSER_EPOCHS, SEED, log);

// The beam's temperature and the dev scores are measured on the models as stored (16-bit weights).
const sections = { tagger: taggerStored, ...(secondStored ? { tagger2: secondStored } : {}), transitions, labeller };
const { models } = decodeModelFile(encodeModelFile({}, sections));
const firstPass = new PosTagger(models.tagger, taggerData);
const shipped = models.tagger2 ? new PosTagger(models.tagger2, taggerData, firstPass) : firstPass;
const devParse = Object.fromEntries(Object.entries(devSets).map(([name, sents]) => [name, devExamples(sents, shipped)]));
const meanLas = (temp) => {
  const parser = new DependencyParser(models.transitions, models.labeller, { ...parserData, beam: { ...BEAM, temp } });
  const las = Object.values(devParse).reduce((sum, ex) => sum + parseScore(parser, ex).las, 0) / 2;
  log(`beam ${BEAM.width}, temperature ${temp}: mean dev LAS ${las.toFixed(4)}`);
  return las;
};
const lasByTemp = BEAM_TEMPS.map(meanLas);
parserData.beam = { ...BEAM, temp: BEAM_TEMPS[lasByTemp.indexOf(Math.max(...lasByTemp))] };
const parser = new DependencyParser(models.transitions, models.labeller, parserData);
const scores = {};
for (const [name, sents] of Object.entries(devSets)) {
  const d = { upos: 0, xpos: 0 };
  tagAccuracy(shipped, tagged(sents), d);
  const p = parseScore(parser, devParse[name]);
  scores[`${name}-dev`] = { upos: +d.upos.toFixed(4), xpos: +d.xpos.toFixed(4), uas: +p.uas.toFixed(4), las: +p.las.toFixed(4) };
  log(`${name} dev (treebank tokens, predicted tags): UPOS ${d.upos.toFixed(4)} XPOS ${d.xpos.toFixed(4)} UAS ${p.uas.toFixed(4)} LAS ${p.las.toFixed(4)}`);
}

const about = {
  source: 'UD English EWT train (CC BY-SA 4.0) + GUM train (CC BY 4.0), ../shared/data/ud-english; word clusters from GloVe 6B (PDDL)',
  command: 'npm run train:syntax',
  seed: SEED,
  epochs: { tagger: TAGGER_EPOCHS, secondPass: SECOND_EPOCHS, parser: PARSER_EPOCHS, jackknife: `${FOLDS} folds x ${FOLD_EPOCHS}` },
  dev: scores,
  seconds: Math.round((Date.now() - started) / 1000),
};
const file = encodeModelFile({ tagger: taggerData, parser: parserData, lemmas, about }, sections);
writeFileSync(OUT, file);
log(`wrote ${OUT} (${(file.length / 1e6).toFixed(1)} MB)`);
