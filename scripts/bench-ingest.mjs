#!/usr/bin/env node
// Ingest benchmark: `storyline ingest` of the PolNeAR train articles into a fresh SQLite file against
// plain extraction of the same texts, in one process (dist/), after a warm-up pass over every text
// (untimed: V8 keeps optimising the pipeline on background threads for its first few hundred
// articles, and a first timed extract pass that paid for it made ingest look relatively faster; the
// ingest's writer thread still starts cold, as in a real run). Runs extract, ingest, extract, so drift
// on a shared machine hits both sides; prints articles/s and words/s for each, the
// load average, wall and CPU ratios, and a last line `ratio: R` (ingest articles/s ÷ extract
// articles/s, wall clock; the target is >= 0.80).
//   npm run build && npm run bench:ingest
//   BENCH_LIMIT=200 npm run bench:ingest     the first 200 articles only
//   BENCH_BATCH=1 npm run bench:ingest       one commit per article (default 16 per commit)
//   BENCH_THREAD=0 npm run bench:ingest      write in the extracting thread (no writer thread)
//   BENCH_WARMUP=20 npm run bench:ingest     warm up on the first 20 articles only (default: all)
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const dataPath = fileURLToPath(new URL('../shared/data/polnear/train.jsonl', root));
const dist = (p) => new URL(`dist/${p}`, root).href;

function fail(message) {
  process.stderr.write(`bench-ingest: ${message}\n`);
  process.exit(2);
}
if (!existsSync(dataPath)) fail(`no data at ${dataPath} (../shared/data/polnear/train.jsonl next to the repository)`);
if (!existsSync(fileURLToPath(new URL('dist/app/ingest.js', root)))) fail('dist/ is missing; run `npm run build` first');
const limit = process.env.BENCH_LIMIT ? Number(process.env.BENCH_LIMIT) : Infinity;
if (!(limit > 0)) fail(`BENCH_LIMIT must be a positive number, not "${process.env.BENCH_LIMIT}"`);

const { articleFromLine } = await import(dist('app/ingest-inputs.js'));
const { ingestEntries, extractText } = await import(dist('app/ingest.js'));
const { defaultLinker } = await import(dist('app/corpus-linker.js'));
const { openStore } = await import(dist('store/open-store.js'));
const { threadWriter } = await import(dist('app/ingest-writer.js'));

const articles = readFileSync(dataPath, 'utf8').split('\n').filter((l) => l.trim() !== '').slice(0, limit)
  .map((line, i) => articleFromLine(line, `${dataPath}:${i + 1}`, i + 1, null));
const words = articles.reduce((s, a) => s + a.content.split(/\s+/).filter(Boolean).length, 0);

function measure(fn) {
  const cpu = process.cpuUsage();
  const t = process.hrtime.bigint();
  return Promise.resolve(fn()).then(() => ({
    wall: Number(process.hrtime.bigint() - t) / 1e9,
    cpu: (({ user, system }) => (user + system) / 1e6)(process.cpuUsage(cpu)),
  }));
}

const extractAll = () => { for (const a of articles) extractText(a); };
const dir = mkdtempSync(join(tmpdir(), 'storyline-bench-'));
let writer;
const batch = Number(process.env.BENCH_BATCH ?? 16);
async function ingestAll() {
  const store = await openStore(join(dir, 'bench.db'));
  const linker = defaultLinker();
  // As `storyline ingest` does: batches written by a writer thread while the next is extracted
  // (BENCH_THREAD=0: written in this thread).
  writer = process.env.BENCH_THREAD === '0' ? undefined : (threadWriter(join(dir, 'bench.db')) ?? undefined);
  async function* entries() { yield* articles; }
  const result = await ingestEntries(store, entries(), { linker, writer, batchSize: batch });
  await writer?.close();
  if (result.failed > 0) fail(`${result.failed} articles failed to ingest`);
  const counts = await store.counts();
  await store.close();
  return counts;
}

const warmup = process.env.BENCH_WARMUP ? Number(process.env.BENCH_WARMUP) : articles.length;
for (const a of articles.slice(0, warmup)) extractText(a);
const e1 = await measure(extractAll);
let counts;
const ing = await measure(async () => { counts = await ingestAll(); });
const e2 = await measure(extractAll);
rmSync(dir, { recursive: true, force: true });

const ext = { wall: (e1.wall + e2.wall) / 2, cpu: (e1.cpu + e2.cpu) / 2 };
const rate = (t) => `${(articles.length / t).toFixed(1)} articles/s, ${Math.round(words / t)} words/s`;
console.log(`articles: ${articles.length} (${words} words)`);
console.log(`extract: ${rate(ext.wall)} (wall ${e1.wall.toFixed(2)} s and ${e2.wall.toFixed(2)} s; cpu ${ext.cpu.toFixed(2)} s)`);
console.log(`ingest:  ${rate(ing.wall)} (wall ${ing.wall.toFixed(2)} s; cpu ${ing.cpu.toFixed(2)} s, all threads; ${writer ? 'writer thread' : 'writes in this thread'}, batches of ${batch})`);
console.log(`load average: ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} cores`);
console.log(`stored: ${counts.articles} articles, ${counts.entities} entities, ${counts.quotes} quotes, ${counts.stories} stories`);
console.log(`cpu ratio: ${(ext.cpu / ing.cpu).toFixed(3)}`);
console.log(`ratio: ${(ext.wall / ing.wall).toFixed(3)}`);
