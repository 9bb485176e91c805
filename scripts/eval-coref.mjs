#!/usr/bin/env node
// Scores coreference within an article against GUM's gold chains. Each GUM document's text goes
// through Storyline's default pipeline; gold mentions are aligned to Storyline's entity mentions by
// character offsets (a Storyline mention aligns when it covers the gold mention's head word, the
// smallest such). Only chains that contain a proper name count. For each mention of these kinds:
//   pronoun   he she his her him they them their
//   it        it its, in an organisation's chain
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
import { readGumDocuments } from './gum-coref.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.STORYLINE_SHARED ?? join(root, '..', 'shared');
const verbose = process.argv.includes('--verbose');
const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(shared, 'data', 'ud-english', 'gum-dev.conllu');

const dist = (p) => import(join(root, 'dist', p));
const { readConllu, sentenceText } = await dist('stages/syntax/conllu.js');
const { defaultPipeline } = await dist('pipeline/default-pipeline.js');

const PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'they', 'them', 'their']);
const IT = new Set(['it', 'its']);
const KINDS = ['pronoun', 'it', 'nominal'];

function kindOf(doc, m, chainType) {
  const head = doc.words[m.head];
  const lower = head.form.toLowerCase();
  if (m.first === m.last && PRONOUNS.has(lower)) return 'pronoun';
  if (m.first === m.last && IT.has(lower)) return chainType === 'organization' ? 'it' : null;
  if (doc.words[m.first].form.toLowerCase() === 'the' && head.upos === 'NOUN') return 'nominal';
  return null;
}

const pipeline = defaultPipeline();
const counts = Object.fromEntries(KINDS.map((k) => [k, { right: 0, found: 0, all: 0 }]));
const b3 = { p: 0, r: 0, n: 0 };
const errors = [];

for (const doc of readGumDocuments(readConllu(readFileSync(file, 'utf8')), sentenceText)) {
  const sys = pipeline.run(doc.text, { id: doc.id });
  const placed = [];
  for (const e of sys.entities) for (const m of e.mentions) placed.push({ start: m.start, end: m.end, form: m.form, entity: e });
  // The smallest Storyline mention covering a gold mention's head word.
  const align = (m, names = false) => {
    const w = doc.words[m.head];
    let best = null;
    for (const p of placed) {
      if (p.start > w.start || p.end < w.end) continue;
      if (names && (p.form === 'pronoun' || p.form === 'description')) continue;
      if (!best || p.end - p.start < best.end - best.start) best = p;
    }
    return best;
  };
  const chains = new Map();
  for (const m of doc.mentions) {
    if (!chains.has(m.chain)) chains.set(m.chain, []);
    chains.get(m.chain).push(m);
  }
  const scored = [];
  for (const [chain, ms] of chains) {
    const names = ms.filter((m) => m.named);
    if (names.length === 0) continue;
    const nameEntities = new Set(names.map((m) => align(m, true)?.entity).filter(Boolean));
    const type = ms[0].type;
    for (const m of ms) {
      const kind = m.named ? 'name' : kindOf(doc, m, type);
      if (!kind) continue;
      const got = align(m)?.entity ?? null;
      scored.push({ chain, entity: got });
      if (kind === 'name') continue;
      const c = counts[kind];
      c.all++;
      if (nameEntities.size === 0) continue;
      c.found++;
      if (got && nameEntities.has(got)) c.right++;
      else if (verbose) {
        const w = doc.words[m.head];
        errors.push(`${kind.padEnd(7)} ${doc.id} «${doc.text.slice(Math.max(0, w.start - 60), w.start)}[${w.form}]${doc.text.slice(w.end, w.end + 20).replace(/\n/g, ' ')}» gold ${JSON.stringify(doc.words.slice(names[0].first, names[0].last + 1).map((x) => x.form).join(' '))}, got ${got ? JSON.stringify(got.name) : '(none)'}`);
      }
    }
  }
  // B-cubed over the scored mentions of this document.
  for (const a of scored) {
    const sysCluster = a.entity ? scored.filter((b) => b.entity === a.entity) : [a];
    const goldCluster = scored.filter((b) => b.chain === a.chain);
    const both = sysCluster.filter((b) => b.chain === a.chain).length;
    b3.p += both / sysCluster.length;
    b3.r += both / goldCluster.length;
    b3.n++;
  }
}

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
