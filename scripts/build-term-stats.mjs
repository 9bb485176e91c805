#!/usr/bin/env node
// Builds data/models/term-df.json: in how many PolNeAR train articles each content term occurs (the
// terms story signatures are made of: src/corpus/stories/content-terms.ts), for the idf weights the
// store's linker gives story signatures. A fixed table rather than counts the store keeps: the same
// article gets the same signature whatever was ingested before it or in which run, and keeping
// counts would add ~200 upserts per article to every ingest. Terms in a single article are left
// out (the linker treats an unknown term as that rare anyway).
// Run after `npm run build`:  node scripts/build-term-stats.mjs [--data ../shared/data/polnear/train.jsonl]
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contentTerms } from '../dist/corpus/stories/content-terms.js';

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/data/polnear/train.jsonl' } } });
const df = new Map();
let docCount = 0;
for (const line of readFileSync(values.data, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const a = JSON.parse(line);
  docCount++;
  for (const t of contentTerms(a.text, a.title ?? null).keys()) df.set(t, (df.get(t) ?? 0) + 1);
}
const kept = [...df].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const out = new URL('../data/models/term-df.json', import.meta.url);
writeFileSync(out, `${JSON.stringify({ source: 'PolNeAR train (../shared/data/polnear/train.jsonl)', docCount, df: Object.fromEntries(kept) })}\n`);
process.stdout.write(`${docCount} articles, ${df.size} terms, ${kept.length} kept (in 2+ articles) -> data/models/term-df.json\n`);
