#!/usr/bin/env node
// Measures coreference weights on GUM train: runs the default pipeline up to the coref stage once per
// document, then reruns only coref under each setting of a small grid and prints its scores (the
// weights in src/stages/coref/pronoun-resolver.ts were chosen this way; dev is never read).
//
//   npm run build && node scripts/tune-coref.mjs [FILE.conllu]     (default: gum-train)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addScore, emptyScore, readGumDocuments, scoreDocument } from './gum-coref.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.STORYLINE_SHARED ?? join(root, '..', 'shared');
const file = process.argv[2] ?? join(shared, 'data', 'ud-english', 'gum-train.conllu');
const dist = (p) => import(join(root, 'dist', p));
const { readConllu, sentenceText } = await dist('stages/syntax/conllu.js');
const { defaultPipeline } = await dist('pipeline/default-pipeline.js');
const { Doc } = await dist('core/document.js');
const { corefStage } = await dist('stages/coref/coref-stage.js');
const { PRONOUN_WEIGHTS } = await dist('stages/coref/pronoun-resolver.js');

const stages = defaultPipeline().stages;
const before = stages.slice(0, stages.indexOf(corefStage));
const cached = readGumDocuments(readConllu(readFileSync(file, 'utf8')), sentenceText).map((gold) => {
  const doc = Doc.create(gold.text, { id: gold.id });
  for (const s of before) s.run(doc, { published: null });
  return { gold, doc, mentions: doc.entities.map((e) => e.mentions.slice()), speakers: doc.quotes.map((q) => q.speaker) };
});

function run(label) {
  const total = emptyScore();
  for (const { gold, doc, mentions, speakers } of cached) {
    doc.entities.forEach((e, k) => { e.mentions = mentions[k].slice(); });
    doc.quotes.forEach((q, k) => { q.speaker = speakers[k]; });
    corefStage.run(doc, { published: null });
    addScore(total, scoreDocument(gold, doc, null));
  }
  const acc = (k) => (total.counts[k].right / total.counts[k].found).toFixed(3);
  const p = total.b3.p / total.b3.n;
  const r = total.b3.r / total.b3.n;
  console.log(`${label.padEnd(40)} pronoun ${acc('pronoun')} it ${acc('it')} nominal ${acc('nominal')} it-other ${acc('it-other')} b3-f1 ${((2 * p * r) / (p + r)).toFixed(3)}`);
}

const base = structuredClone(PRONOUN_WEIGHTS);
const grid = JSON.parse(process.env.GRID ?? '{}');
run('current');
for (const [path, values] of Object.entries(grid)) {
  for (const v of values) {
    const keys = path.split('.');
    let o = PRONOUN_WEIGHTS;
    for (const k of keys.slice(0, -1)) o = o[k];
    o[keys.at(-1)] = v;
    run(`${path}=${v}`);
    Object.assign(PRONOUN_WEIGHTS, structuredClone(base));
  }
}
