#!/usr/bin/env node
// news-wild dev: extracts each of the 24 real news pages (../shared/data/article-extraction/html,
// the pages that ../shared/data/news-wild has gold for) with the built engine, the way
// `storyline extract page.html` does, and scores the records with ../shared/eval/score-news.mjs
// (quotes with speakers, entities, dates).
//
//   npm run eval:news [-- --verbose] [-- --json] [-- --out records.jsonl]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.STORYLINE_SHARED ?? join(root, '..', 'shared');
const gold = join(shared, 'data', 'news-wild');
const pages = join(shared, 'data', 'article-extraction', 'html');
const outAt = process.argv.indexOf('--out');
const passOn = process.argv.slice(2).filter((a, i, all) => a !== '--out' && all[i - 1] !== '--out');

const { extractHtmlArticle } = await import(join(root, 'dist', 'app', 'extract-html.js'));
const ids = readdirSync(gold).filter((f) => /^[0-9a-f]{64}\.json$/.test(f)).map((f) => f.slice(0, -5)).sort();
const lines = ids.map((id) => {
  const html = gunzipSync(readFileSync(join(pages, `${id}.html.gz`))).toString('utf8');
  return JSON.stringify(extractHtmlArticle({ id, html }));
});
const tmp = mkdtempSync(join(tmpdir(), 'storyline-news-'));
const pred = outAt >= 0 ? process.argv[outAt + 1] : join(tmp, 'news-wild.jsonl');
try {
  writeFileSync(pred, `${lines.join('\n')}\n`);
  const r = spawnSync(process.execPath, [join(shared, 'eval', 'score-news.mjs'), '--gold', gold, '--pred', pred, ...passOn], { encoding: 'utf8' });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
