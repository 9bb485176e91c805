#!/usr/bin/env node
// Quality gate: extracts the seed article, PolNeAR dev and CoNLL-2003 dev with the built engine (dist/), scores them
// (and the news-wild dev pages: HTML -> whole record, scripts/eval-news.mjs; the article-extraction dev pages:
// HTML -> article body, scripts/eval-extraction.mjs)
// with the shared scorers (../shared/eval), and fails when a score falls below its floor in
// quality/baseline.json. Run `npm run build` first (npm test does).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.STORYLINE_SHARED ?? join(root, '..', 'shared');
const baseline = JSON.parse(readFileSync(join(root, 'quality', 'baseline.json'), 'utf8'));

if (!existsSync(join(shared, 'eval', 'score-attribution.mjs'))) {
  console.log(`quality gate: SKIPPED — the shared scorers and dev data are not at ${shared} (set STORYLINE_SHARED to their folder)`);
  process.exit(0);
}

const { extractArticle } = await import(join(root, 'dist', 'app', 'extract.js'));
const tmp = mkdtempSync(join(tmpdir(), 'storyline-gate-'));
const failures = [];
const check = (label, value, floor) => {
  const ok = value >= floor - 1e-9;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label.padEnd(34)} ${value.toFixed(3).padStart(7)}  (floor ${floor})`);
  if (!ok) failures.push(label);
};

function extractFile(input, output, transform = (record) => record) {
  const lines = readFileSync(input, 'utf8').split('\n').filter((l) => l.trim());
  const out = lines.map((line) => {
    const { id, text, published, title } = JSON.parse(line);
    return JSON.stringify(transform(extractArticle({ id, text, published, title })));
  });
  writeFileSync(output, `${out.join('\n')}\n`);
}

function run(args) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

try {
  // PolNeAR dev: attribution.
  const devGold = join(shared, 'data', 'polnear', 'dev.jsonl');
  const devPred = join(tmp, 'dev.jsonl');
  extractFile(devGold, devPred);
  const s = JSON.parse(run([join(shared, 'eval', 'score-attribution.mjs'), '--gold', devGold, '--pred', devPred, '--json']));
  const floors = baseline.polnear_dev;
  check('polnear dev end-to-end F1', s.end_to_end.f1, floors.end_to_end_f1);
  check('polnear dev direct content F1', s.direct.content_partial.f1, floors.direct_content_f1);
  check('polnear dev role exact source F1', s.role_exact.source.f1, floors.role_exact_source_f1);
  check('polnear dev role exact cue F1', s.role_exact.cue.f1, floors.role_exact_cue_f1);
  check('polnear dev role exact content F1', s.role_exact.content.f1, floors.role_exact_content_f1);
  check('polnear dev content partial F1', s.content_partial.f1, floors.content_partial_f1);

  // CoNLL-2003 dev: entity mentions (the trained tagger inside the full pipeline).
  const conllGold = join(shared, 'data', 'conll2003', 'dev.jsonl');
  const conllPred = join(tmp, 'conll.jsonl');
  // CoNLL marks names only: the pronouns and descriptions coreference adds to an entity are not
  // name-tagger output, so the scorer sees an entity's naming mentions alone.
  const namesOnly = (r) => ({ ...r, entities: r.entities.map((e) => ({ ...e, mentions: e.mentions.filter((m) => m.form !== 'pronoun' && m.form !== 'description') })) });
  extractFile(conllGold, conllPred, namesOnly);
  const ner = JSON.parse(run([join(shared, 'eval', 'score-ner.mjs'), '--gold', conllGold, '--pred', conllPred, '--json']));
  check('conll dev entity F1', ner.overall.f1, baseline.conll_dev.ner_f1);

  // Seed: hand-written checks, counted per kind.
  const seedInput = join(shared, 'data', 'seed', 'seed.jsonl');
  const seedPred = join(tmp, 'seed.jsonl');
  extractFile(seedInput, seedPred);
  const report = run([join(shared, 'eval', 'expect.mjs'), '--expect', join(shared, 'data', 'seed', 'expectations.json'), '--input', seedInput, '--pred', seedPred]);
  const passed = {};
  for (const line of report.split('\n')) {
    const m = /^PASS\s+#\d+\s+(\w+)(?:\s+(PERSON|ORG|GPE|LOC|FAC|NORP))?/.exec(line);
    if (!m) continue;
    const key = m[1] === 'entity' ? `entity ${m[2]}` : m[1];
    passed[key] = (passed[key] ?? 0) + 1;
  }
  for (const [kind, floor] of Object.entries(baseline.seed)) check(`seed ${kind} checks passed`, passed[kind] ?? 0, floor);
  console.log(report.trim().split('\n').pop());

  // news-wild dev: 24 real pages from 24 sites, HTML in, whole records scored (scripts/eval-news.mjs).
  if (baseline.news_wild_dev && existsSync(join(shared, 'data', 'news-wild'))) {
    const news = JSON.parse(run([join(root, 'scripts', 'eval-news.mjs'), '--json']));
    const floors = baseline.news_wild_dev;
    check('news-wild dev attribution F1', news.quotes.attribution.f1, floors.attribution_f1);
    check('news-wild dev quote precision', news.quotes.content.p, floors.quote_precision);
    check('news-wild dev speaker accuracy', news.quotes.speaker_accuracy_matched.accuracy, floors.speaker_accuracy);
    check('news-wild dev entity F1', news.entities.overall.f1, floors.entity_f1);
    check('news-wild dev date span recall', news.dates.span_recall.recall, floors.date_span_recall);
    check('news-wild dev date value accuracy', news.dates.value_accuracy_found.accuracy, floors.date_value_accuracy);
  }

  // Article extraction: HTML page -> article body F1 on the benchmark's dev half (scripts/eval-extraction.mjs).
  if (baseline.article_extraction && existsSync(join(shared, 'data', 'article-extraction', 'ground-truth.dev.json'))) {
    const out = run([join(root, 'scripts', 'eval-extraction.mjs'), '--n-bootstrap', '0']);
    const f1 = Number(/^extraction-f1: (\S+)$/m.exec(out)?.[1]);
    check('article extraction dev F1', f1, baseline.article_extraction.f1);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`quality gate: ${failures.length} score(s) below the floor: ${failures.join(', ')}`);
  process.exit(1);
}
console.log('quality gate: all scores at or above their floors');
