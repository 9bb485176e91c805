#!/usr/bin/env node
// Scores HTML article-body extraction on the article-extraction dev half (../shared/data/
// article-extraction: 83 real news pages) with the shared scorer (../shared/eval/score-extraction.mjs),
// exactly as its README describes: pages decoded as UTF-8, predictions {"<id>": {"articleBody"}}.
// Two extractors in the same run: Storyline's (articleFromHtml, built in dist/) and Readability
// alone (@mozilla/readability's textContent on the same linkedom DOM), so the gain is measured,
// not remembered. The last line is Storyline's `extraction-f1: 0.xxx`.
// Run:  npm run eval:extraction            (builds dist/ first)
//       node scripts/eval-extraction.mjs [--details DIR] [--module FILE] [--n-bootstrap N]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.STORYLINE_SHARED ?? join(root, '..', 'shared');
const { values: opt } = parseArgs({
  options: {
    data: { type: 'string', default: join(shared, 'data', 'article-extraction') },
    // Another build of articleFromHtml (an experiment); default the built dist/.
    module: { type: 'string', default: join(root, 'dist', 'stages', 'page', 'html', 'article-from-html.js') },
    details: { type: 'string' },
    'n-bootstrap': { type: 'string', default: '1000' },
  },
});

const scorer = join(shared, 'eval', 'score-extraction.mjs');
const truthFile = join(opt.data, 'ground-truth.dev.json');
if (!existsSync(scorer) || !existsSync(truthFile)) {
  console.error(`eval-extraction: the scorer or the data is missing (${scorer}, ${truthFile}); set STORYLINE_SHARED`);
  process.exit(2);
}
const { articleFromHtml } = await import(pathToFileURL(resolve(opt.module)).href);
const truth = JSON.parse(readFileSync(truthFile, 'utf8'));

const ours = {};
const alone = {};
const failures = [];
let oursMs = 0;
for (const [id, { url }] of Object.entries(truth)) {
  // Never read articleBody here: only the page and its URL go in.
  const html = gunzipSync(readFileSync(join(opt.data, 'html', `${id}.html.gz`))).toString('utf8');
  const t0 = performance.now();
  try {
    ours[id] = { articleBody: articleFromHtml(html, { url }).text };
  } catch (err) {
    failures.push(`${id}: ${err.message}`);
    ours[id] = { articleBody: '' };
  }
  oursMs += performance.now() - t0;
  try {
    const { document } = parseHTML(html);
    alone[id] = { articleBody: new Readability(document).parse()?.textContent ?? '' };
  } catch {
    alone[id] = { articleBody: '' };
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'storyline-eval-extraction-'));
function score(name, pred) {
  const predFile = join(tmp, `${name}.json`);
  writeFileSync(predFile, JSON.stringify(pred));
  const args = [scorer, '--truth', truthFile, '--pred', predFile, '--n-bootstrap', opt['n-bootstrap']];
  if (opt.details) {
    mkdirSync(opt.details, { recursive: true });
    writeFileSync(join(opt.details, `${name}.pred.json`), JSON.stringify(pred, null, 1));
    args.push('--json', join(opt.details, `${name}.details.json`));
  }
  return execFileSync(process.execPath, args, { encoding: 'utf8' }).trim();
}
try {
  const readabilityReport = score('readability', alone);
  const oursReport = score('storyline', ours);
  console.log('== Readability alone (@mozilla/readability textContent, linkedom DOM) ==');
  console.log(readabilityReport.split('\n').slice(0, -1).join('\n'));
  console.log('\n== Storyline (articleFromHtml) ==');
  console.log(`time: ${Object.keys(truth).length} pages in ${(oursMs / 1000).toFixed(1)} s`);
  if (failures.length > 0) console.log(`failed pages: ${failures.length}\n  ${failures.join('\n  ')}`);
  console.log(`readability-alone-f1: ${/extraction-f1: (\S+)/.exec(readabilityReport)[1]}`);
  console.log(oursReport);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
