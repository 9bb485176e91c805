#!/usr/bin/env node
// Regenerates fixtures/articles/<slug>/expected.json from the current engine (run `npm run build`
// first), for review: read the diff before you commit it. The golden test compares against it.
// Usage: node scripts/regen-fixture.mjs <slug> [--published YYYY-MM-DD]
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { summarize } from '../test/helpers/golden-summary.mjs';
import { extractArticle } from '../dist/app/extract.js';

const { positionals } = parseArgs({ allowPositionals: true });
const dir = new URL(`../fixtures/articles/${positionals[0]}/`, import.meta.url);
const meta = JSON.parse(readFileSync(new URL('meta.json', dir), 'utf8'));
const text = readFileSync(new URL('source.txt', dir), 'utf8');
const record = extractArticle({ id: positionals[0], text, published: meta.published });
writeFileSync(new URL('expected.json', dir), `${JSON.stringify(summarize(record), null, 2)}\n`);
console.log(`wrote fixtures/articles/${positionals[0]}/expected.json`);
