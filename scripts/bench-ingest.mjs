#!/usr/bin/env node
// Ingest benchmark: `storyline ingest` of the PolNeAR train articles into a fresh SQLite file against
// plain extraction of the same texts, in one process (dist/), after a warm-up pass over every text
// (untimed: V8 keeps optimising the pipeline on background threads for its first few hundred
// articles, and a first timed extract pass that paid for it made ingest look relatively faster; the
// ingest's writer thread still starts cold, as in a real run). Runs extract, then BENCH_ROUNDS times
// (default 5) ingest into a fresh file and extract again, so drift on a shared machine hits both
// sides; prints articles/s and words/s for each, the load average, wall and CPU ratios, and a last
// line `ratio: R` (ingest articles/s ÷ extract articles/s, wall clock, median round; the target is
// >= 0.80). "extract" is what `storyline extract --format jsonl` does per article: extract and write
// the record as JSON; the ratio against extraction alone is printed too.
//   npm run build && npm run bench:ingest
//   BENCH_LIMIT=200 npm run bench:ingest     the first 200 articles only
//   BENCH_BATCH=1 npm run bench:ingest       one commit per article (default: ingest's, DEFAULT_BATCH)
//   BENCH_ROUNDS=1 npm run bench:ingest      one ingest round
//   BENCH_THREAD=0 npm run bench:ingest      write in the extracting thread (no writer thread)
//   BENCH_WARMUP=20 npm run bench:ingest     warm up on the first 20 articles only (default: all)
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
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
const { ingestEntries, DEFAULT_BATCH } = await import(dist('app/ingest.js'));
const { extractSource: extractText } = await import(dist('app/intake.js'));
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

// Plain `storyline extract --format jsonl` extracts each article and writes its record as a line of
// JSON; the extract side does both (to /dev/null), and the time spent writing is kept apart so that
// the ratio against extraction alone can be printed too.
const devNull = openSync('/dev/null', 'w');
let writing = 0;
const extractAll = () => {
  writing = 0;
  for (const a of articles) {
    const record = extractText(a);
    const t = process.hrtime.bigint();
    writeSync(devNull, `${JSON.stringify(record)}\n`);
    writing += Number(process.hrtime.bigint() - t) / 1e9;
  }
};
const extractPass = async () => ({ ...(await measure(extractAll)), writing });
const dir = mkdtempSync(join(tmpdir(), 'storyline-bench-'));
let writer;
const batch = process.env.BENCH_BATCH ? Number(process.env.BENCH_BATCH) : DEFAULT_BATCH;
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
if (!(Number.isInteger(rounds) && rounds >= 1)) fail(`BENCH_ROUNDS must be a positive integer, not "${process.env.BENCH_ROUNDS}"`);
async function ingestAll(round) {
  const file = join(dir, `bench-${round}.db`);
  const store = await openStore(file);
  const linker = defaultLinker();
  // As `storyline ingest` does: batches written by a writer thread while the next is extracted
  // (BENCH_THREAD=0: written in this thread).
  writer = process.env.BENCH_THREAD === '0' ? undefined : (threadWriter(file) ?? undefined);
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
const rate = (t) => `${(articles.length / t).toFixed(1)} articles/s, ${Math.round(words / t)} words/s`;
const median = (xs) => [...xs].sort((x, y) => x - y)[(xs.length - 1) >> 1];
console.log(`articles: ${articles.length} (${words} words); ${rounds} rounds of ingest, each between two extract passes`);
// extract, ingest, extract, ingest, ... extract: each ingest is compared with the extract passes on
// either side of it, so drift on a shared machine hits both; the ratio is the median round's.
let before = await extractPass();
let counts;
const ratios = [];
const onlyRatios = [];
const cpuRatios = [];
for (let r = 1; r <= rounds; r++) {
  const ing = await measure(async () => { counts = await ingestAll(r); });
  const after = await extractPass();
  const ext = { wall: (before.wall + after.wall) / 2, cpu: (before.cpu + after.cpu) / 2 };
  const only = ext.wall - (before.writing + after.writing) / 2;
  ratios.push(ext.wall / ing.wall);
  onlyRatios.push(only / ing.wall);
  cpuRatios.push(ext.cpu / ing.cpu);
  console.log(`round ${r}: extract ${rate(ext.wall)} (wall ${before.wall.toFixed(2)} s and ${after.wall.toFixed(2)} s; cpu ${ext.cpu.toFixed(2)} s; ${(ext.wall - only).toFixed(2)} s of it writing JSON)`);
  console.log(`         ingest  ${rate(ing.wall)} (wall ${ing.wall.toFixed(2)} s; cpu ${ing.cpu.toFixed(2)} s, all threads), ratio ${(ext.wall / ing.wall).toFixed(3)} (${(only / ing.wall).toFixed(3)} vs extraction alone)`);
  before = after;
}
rmSync(dir, { recursive: true, force: true });

console.log(`ingest: ${writer ? 'writer thread' : 'writes in this thread'}, batches of ${batch}`);
console.log(`load average: ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} cores`);
console.log(`stored: ${counts.articles} articles, ${counts.entities} entities, ${counts.quotes} quotes, ${counts.stories} stories`);
console.log(`cpu ratio: ${median(cpuRatios).toFixed(3)}`);
console.log(`ratio vs extraction alone (no JSON output): ${median(onlyRatios).toFixed(3)}`);
console.log(`ratio: ${median(ratios).toFixed(3)}`);
