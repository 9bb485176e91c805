#!/usr/bin/env node
// Scores the name tagger alone: segment stage + tagNames over every document, one prediction record
// per document (one entity per tagged name), then the shared scorer (../shared/eval/score-ner.mjs),
// whose report gives P/R/F1 per type (PER, ORG, LOC = GPE/LOC/FAC, MISC) and ends with `ner-f1: 0.xxx`.
// The gold is CoNLL-2003 dev by default; FILE may be any CoNLL-2003-style JSONL
// ({"id","text","entities":[{"start","end","type"}]}) or a GUM CoNLL-U file, whose named mentions are
// typed as the trainer types them (src/stages/entities/ner/gum-names.ts).
// Run:  npm run eval:ner [-- FILE]          (builds dist/ first)
//       node scripts/eval-ner.mjs [FILE | --gold FILE] [--pred-out FILE] [--verbose N]
//       e.g. npm run eval:ner -- ../shared/data/ud-english/gum-dev.conllu
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Pipeline } from '../dist/core/pipeline.js';
import { segmentStage } from '../dist/stages/segment/wink-segmenter.js';
import { tagNames } from '../dist/stages/entities/ner/ner-tagger.js';
import { gumGoldDocs } from '../dist/stages/entities/ner/gum-names.js';
import { getLexicon } from '../dist/stages/entities/lexicon.js';

const root = new URL('..', import.meta.url);
const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    gold: { type: 'string' },
    'pred-out': { type: 'string' },
    verbose: { type: 'string' },
  },
});
const tmp = mkdtempSync(join(tmpdir(), 'storyline-ner-'));
let gold = opt.gold ?? positionals[0] ?? fileURLToPath(new URL('../shared/data/conll2003/dev.jsonl', root));
let golds;
if (gold.endsWith('.conllu')) {
  const lex = getLexicon();
  golds = gumGoldDocs(readFileSync(gold, 'utf8'), { isDemonym: (w) => lex.demonyms.has(w), isTitle: (w) => lex.titleHeads.has(w) || lex.honorifics.has(w) });
  const converted = join(tmp, 'gold.jsonl');
  writeFileSync(converted, `${golds.map((d) => JSON.stringify({ id: d.id, text: d.text, entities: d.entities })).join('\n')}\n`);
  console.log(`${gold}: ${golds.length} documents, ${golds.reduce((s, d) => s + d.entities.length, 0)} named mentions (as CoNLL-2003 gold: ${converted})`);
  gold = converted;
} else {
  golds = readFileSync(gold, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

const pipeline = new Pipeline([segmentStage]);
const lines = [];
let tokens = 0;
let tagSeconds = 0;
for (const { id, text } of golds) {
  const doc = pipeline.run(text, { id });
  const t0 = process.hrtime.bigint();
  const names = tagNames(doc);
  tagSeconds += Number(process.hrtime.bigint() - t0) / 1e9;
  tokens += doc.tokens.length;
  const entities = names.map((n, i) => {
    const start = doc.tokens[n.first].start;
    const end = doc.tokens[n.end - 1].end;
    return { id: `e${i + 1}`, type: n.type, name: text.slice(start, end), mentions: [{ start, end }] };
  });
  lines.push(JSON.stringify({ id, entities }));
}
const pred = opt['pred-out'] ?? join(tmp, 'pred.jsonl');
writeFileSync(pred, `${lines.join('\n')}\n`);
console.log(`tagged ${lines.length} documents, ${tokens.toLocaleString('en-US')} tokens in ${tagSeconds.toFixed(2)} s (model load included); predictions: ${pred}`);
const scorer = fileURLToPath(new URL('../shared/eval/score-ner.mjs', root));
const args = [scorer, '--gold', gold, '--pred', pred, ...(opt.verbose ? ['--verbose', opt.verbose] : [])];
process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8' }));
