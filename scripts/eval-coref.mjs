#!/usr/bin/env node
// Scores coreference within an article against GUM's gold chains. Each GUM document's text goes
// through Storyline's default pipeline; gold mentions are aligned to Storyline's entity mentions by
// character offsets (a Storyline mention aligns when it covers the gold mention's head word, the
// smallest such). Only chains that contain a proper name count. For each mention of these kinds:
//   pronoun   he she his her him they them their
//   it        it its, in an organisation's chain
//   it-other  it its, in a named chain of another non-person type (reported, not a target)
//   nominal   a definite description or role noun: "the" ... with a common-noun head
// it is right when Storyline put it on an entity that holds one of the chain's names. Accuracy is over
// the mentions whose chain's name Storyline found as an entity (a missed name is the name tagger's
// error, not coreference's; the end-to-end figure over all mentions is printed beside it).
// Link F1 is B-cubed over the gold mentions of named chains (names and the three kinds above): a
// mention's system cluster is the aligned entity's mentions among them, or itself alone.
//
//   npm run eval:coref [-- FILE.conllu] [-- --verbose]     (default: ../shared/data/ud-english/gum-dev.conllu)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addScore, emptyScore, KINDS, readGumDocuments, scoreDocument } from './gum-coref.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.STORYLINE_SHARED ?? join(root, '..', 'shared');
const verbose = process.argv.includes('--verbose');
const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(shared, 'data', 'ud-english', 'gum-dev.conllu');

const dist = (p) => import(join(root, 'dist', p));
const { readConllu, sentenceText } = await dist('stages/syntax/conllu.js');
const { defaultPipeline } = await dist('pipeline/default-pipeline.js');

const pipeline = defaultPipeline();
const total = emptyScore();
const errors = [];
for (const doc of readGumDocuments(readConllu(readFileSync(file, 'utf8')), sentenceText)) {
  addScore(total, scoreDocument(doc, pipeline.run(doc.text, { id: doc.id }), verbose ? errors : null));
}
const { counts, b3 } = total;

const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : '-');
if (verbose) for (const e of errors) console.log(e);
console.log(`GUM coreference: ${file}`);
console.log('kind      right / name found  accuracy   end-to-end (all mentions)');
for (const k of KINDS) {
  const c = counts[k];
  console.log(`${k.padEnd(8)} ${String(c.right).padStart(6)} / ${String(c.found).padEnd(10)}  ${f3(c.right / c.found).padStart(8)}   ${f3(c.right / c.all)} of ${c.all}`);
}
const p = b3.p / b3.n;
const r = b3.r / b3.n;
console.log(`B-cubed over ${b3.n} mentions of named chains: P ${f3(p)} R ${f3(r)}`);
console.log(`coref-pronoun-accuracy: ${f3(counts.pronoun.right / counts.pronoun.found)}`);
console.log(`coref-it-accuracy: ${f3(counts.it.right / counts.it.found)}`);
console.log(`coref-nominal-accuracy: ${f3(counts.nominal.right / counts.nominal.found)}`);
console.log(`coref-link-f1: ${f3((2 * p * r) / (p + r))}`);
