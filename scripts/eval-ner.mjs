#!/usr/bin/env node
// Scores the name tagger alone on CoNLL-2003 dev: segment stage + tagNames over every document,
// one prediction record per document (one entity per tagged name), then the shared scorer
// (../shared/eval/score-ner.mjs), whose report ends with `ner-f1: 0.xxx`.
// Run:  npm run eval:ner             (builds dist/ first)
//       node scripts/eval-ner.mjs [--gold FILE] [--pred-out FILE] [--verbose N]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Pipeline } from '../dist/core/pipeline.js';
import { segmentStage } from '../dist/stages/segment/wink-segmenter.js';
import { tagNames } from '../dist/stages/entities/ner/ner-tagger.js';

const root = new URL('..', import.meta.url);
const { values: opt } = parseArgs({
  options: {
    gold: { type: 'string', default: fileURLToPath(new URL('../shared/data/conll2003/dev.jsonl', root)) },
    'pred-out': { type: 'string' },
    verbose: { type: 'string' },
  },
});

const pipeline = new Pipeline([segmentStage]);
const lines = [];
let tokens = 0;
let tagSeconds = 0;
for (const line of readFileSync(opt.gold, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const { id, text } = JSON.parse(line);
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
const pred = opt['pred-out'] ?? join(mkdtempSync(join(tmpdir(), 'storyline-ner-')), 'pred.jsonl');
writeFileSync(pred, `${lines.join('\n')}\n`);
console.log(`tagged ${lines.length} documents, ${tokens.toLocaleString('en-US')} tokens in ${tagSeconds.toFixed(2)} s (model load included); predictions: ${pred}`);
const scorer = fileURLToPath(new URL('../shared/eval/score-ner.mjs', root));
const args = [scorer, '--gold', opt.gold, '--pred', pred, ...(opt.verbose ? ['--verbose', opt.verbose] : [])];
process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8' }));
