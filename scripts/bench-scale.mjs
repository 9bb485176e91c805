#!/usr/bin/env node
// Scaling benchmark: extraction throughput on a pool of 1 and of 2 worker threads (src/app/parallel,
// from dist/) over PolNeAR texts (train, then dev). Both pools are warmed up first: models loaded in
// every thread, then BENCH_WARM articles per thread untimed (default 1000; the texts left over from
// the timed sets, repeated), because V8 keeps compiling on background threads, which take CPU from
// the other core, long after the first articles. Measured in one thread (200-article windows), the
// background threads took 55% of the main thread's CPU over articles 1-200, 27% over 201-400, 18%
// over 401-600, 9-11% up to 1,400 and 4-5% after; long-running workers live in that steady state.
// A shorter warm-up lets the one-thread pool borrow the idle core for that compiling (BENCH_WARM=400
// gave scale-ratio 1.56 where 1000 gives 1.80-1.82). Every timed pass gets BENCH_LIMIT articles no
// thread has seen (the pipeline's tokenizer learns words as it goes, so a repeated text would be
// cheaper for the thread that saw it). Rounds alternate 1, 2, 1, 2, ... so load from other processes
// hits both alike; the ratio is of the median words/s (the passes' texts differ in length). Prints
// the load average before and after (other processes skew the numbers: run it on a quiet machine) and
// ends with `scale-ratio: R` (2 threads ÷ 1).
//   npm run build && npm run bench:scale
//   BENCH_LIMIT=100 BENCH_ROUNDS=4 BENCH_WARM=200 npm run bench:scale    other pass size, rounds, warm-up
//   BENCH_WORKERS=4 npm run bench:scale                                   compare 1 and 4 threads instead
//   npm run bench:scale -- --costs     also per-article PostgreSQL write time and Redis commands/memory per job
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const dataPath = fileURLToPath(new URL('../shared/data/polnear/train.jsonl', root));
const devPath = fileURLToPath(new URL('../shared/data/polnear/dev.jsonl', root));
const poolPath = new URL('dist/app/parallel/extract-pool.js', root);
const windowPath = new URL('dist/app/parallel/ordered-window.js', root);

function fail(message) {
  process.stderr.write(`bench-scale: ${message}\n`);
  process.exit(2);
}

function positiveInt(name, fallback) {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) fail(`${name} must be a positive integer, not "${v}"`);
  return n;
}

if (!existsSync(dataPath)) fail(`no benchmark data at ${dataPath}; it is ../shared/data/polnear/train.jsonl next to the repository`);
if (!existsSync(fileURLToPath(poolPath))) fail('dist/ is missing; run `npm run build` first');
const limit = positiveInt('BENCH_LIMIT', 120);
const rounds = positiveInt('BENCH_ROUNDS', 3);
const many = positiveInt('BENCH_WORKERS', 2);
const warmPerThread = positiveInt('BENCH_WARM', 1000);

const all = [dataPath, devPath]
  .filter((p) => existsSync(p))
  .flatMap((p) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim() !== ''))
  .map((l, i) => {
    const a = JSON.parse(l);
    return { id: String(a.id ?? `line-${i + 1}`), text: a.text, published: a.published ?? null };
  });
const countWords = (list) => list.reduce((s, a) => s + a.text.split(/\s+/).filter(Boolean).length, 0);
// One fresh set of texts per timed pass; what is left warms the pools up (repeats are fine there).
const passes = rounds * 2;
if (Math.floor(all.length / passes) < limit || all.length - passes * limit < 50) fail(`${all.length} articles are too few for ${passes} passes of ${limit} plus warm-up; lower BENCH_LIMIT or BENCH_ROUNDS`);
// The file is grouped by publisher, so sets take every passes-th article: alike in mix and length.
const sets = Array.from({ length: passes }, (_, k) => all.filter((_, i) => i % passes === k).slice(0, limit));
const timed = new Set(sets.flat());
const warmTexts = all.filter((a) => !timed.has(a));

const { createExtractPool } = await import(poolPath.href);
const { mapInOrder } = await import(windowPath.href);

/** A pool of `workers` threads, warmed: models loaded, then `warmPerThread` articles per thread. */
async function warmPool(workers) {
  const pool = createExtractPool({ workers, alwaysThreads: true });
  await pool.warm();
  const n = warmPerThread * workers;
  const cycle = (function* () {
    for (let i = 0; i < n; i++) yield warmTexts[i % warmTexts.length];
  })();
  for await (const _ of mapInOrder(cycle, (a, i) => pool.run(a, i), workers * 4));
  return pool;
}

/** One timed pass over a set of articles. */
async function pass(pool, workers, articles) {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let failed = 0;
  for await (const o of mapInOrder(articles, (a, i) => pool.run(a, i), workers * 4)) if (!('record' in o)) failed++;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  return {
    seconds,
    perSecond: articles.length / seconds,
    wordsPerSecond: countWords(articles) / seconds,
    cpuMsPerArticle: (cpu.user + cpu.system) / 1000 / articles.length,
    failed,
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (x, d = 1) => x.toFixed(d);

process.stdout.write(`bench-scale: ${rounds} rounds of ${limit} new PolNeAR articles per pass (${countWords(sets.flat())} words in all), ${availableParallelism()} cores, threads 1 vs ${many}, node ${process.version}\n`);
const t0 = Date.now();
const pools = { 1: await warmPool(1), [many]: await warmPool(many) };
process.stdout.write(`warm-up: ${warmPerThread} articles per thread, ${fmt((Date.now() - t0) / 1000)} s\n`);
process.stdout.write(`load average before: ${loadavg().map((x) => fmt(x, 2)).join(' ')}\n`);
const runs = { 1: [], [many]: [] };
for (let r = 1; r <= rounds; r++) {
  for (const [side, w] of [1, many].entries()) {
    const res = await pass(pools[w], w, sets[(r - 1) * 2 + side]);
    runs[w].push(res);
    process.stdout.write(
      `round ${r}  ${w} thread${w > 1 ? 's' : ' '}: ${fmt(res.perSecond)} articles/s, ${fmt(res.wordsPerSecond / 1000)}k words/s, ` +
        `${fmt(res.cpuMsPerArticle)} CPU ms/article (all threads)${res.failed ? `, ${res.failed} failed` : ''}\n`,
    );
  }
}
await Promise.all(Object.values(pools).map((p) => p.close()));
const one = median(runs[1].map((r) => r.wordsPerSecond));
const two = median(runs[many].map((r) => r.wordsPerSecond));
process.stdout.write(`load average after: ${loadavg().map((x) => fmt(x, 2)).join(' ')}\n`);
process.stdout.write(`median: 1 thread ${fmt(median(runs[1].map((r) => r.perSecond)))} articles/s (${fmt(one / 1000)}k words/s), ${many} threads ${fmt(median(runs[many].map((r) => r.perSecond)))} articles/s (${fmt(two / 1000)}k words/s)\n`);
process.stdout.write(`extract CPU ms/article (1 thread, median): ${fmt(median(runs[1].map((r) => r.cpuMsPerArticle)))}\n`);
process.stdout.write(`scale-ratio: ${fmt(two / one, 2)}\n`);

// --costs: the per-article costs docs/scaling.md builds its fleet estimate on, measured against the
// real services (STORYLINE_TEST_POSTGRES, STORYLINE_TEST_REDIS; own schema and queue prefix, removed
// after): PostgreSQL write time per article (one saveArticle transaction, under the store's write
// lock), Redis commands and memory per job (INFO commandstats and used_memory around an enqueue and
// a worker run; server-wide counters, so run it when nothing else uses that Redis).
if (process.argv.includes('--costs')) await measureCosts();

async function measureCosts() {
  const pgUrl = process.env.STORYLINE_TEST_POSTGRES;
  const redisUrl = process.env.STORYLINE_TEST_REDIS;
  if (!pgUrl || !redisUrl) fail('--costs needs STORYLINE_TEST_POSTGRES and STORYLINE_TEST_REDIS (eval "$(bash scripts/services.sh)")');
  const dist = (p) => new URL(`dist/${p}`, root).href;
  const { openStore } = await import(dist('store/open-store.js'));
  const { defaultLinker } = await import(dist('app/corpus-linker.js'));
  const { extractSource: extractText } = await import(dist('app/intake.js'));
  const { articleWrite, ingestHash } = await import(dist('app/article-write.js'));
  const { enqueueJobs } = await import(dist('queue/enqueue.js'));
  const { startWorker } = await import(dist('queue/run-worker.js'));
  const { ARTICLE_QUEUE, DEAD_QUEUE } = await import(dist('queue/queue-config.js'));
  const { redisConnection } = await import(dist('queue/redis-connection.js'));
  const { Queue } = await import('bullmq');
  const { Redis } = await import('ioredis');
  const pg = (await import('pg')).default;

  const articles = all.slice(0, 150);
  const tag = `bench_scale_${Date.now().toString(36)}`;
  const db = `${pgUrl}${pgUrl.includes('?') ? '&' : '?'}schema=${tag}`;
  const ingest = articles.map((a) => ({ kind: 'text', id: a.id, content: a.text, url: null, title: null, published: a.published, publisher: null, source: null, meta: {}, location: a.id, warnings: [] }));
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  const redis = new Redis(redisUrl);
  const target = { redis: redisUrl, prefix: tag };
  try {
    // PostgreSQL: extract first (not timed), then time each article's write transaction.
    const store = await openStore(db);
    const linker = defaultLinker();
    const writes = [];
    for (const a of ingest) {
      const record = extractText(a);
      const t0 = process.hrtime.bigint();
      await store.saveArticle(articleWrite(a, ingestHash(a), record), linker);
      writes.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const rows = await admin.query(`SELECT (SELECT count(*) FROM ${tag}.quotes) AS quotes, (SELECT count(*) FROM ${tag}.article_entities) AS links, pg_total_relation_size('${tag}.article_revisions') AS rev_bytes`);
    const mean = writes.reduce((s, x) => s + x, 0) / writes.length;
    process.stdout.write(`postgres write: ${fmt(median(writes), 2)} ms/article median, ${fmt(mean, 2)} mean (${writes.length} articles; ${fmt(rows.rows[0].links / writes.length)} entity links, ${fmt(rows.rows[0].quotes / writes.length)} quotes, ${fmt(rows.rows[0].rev_bytes / writes.length / 1024)} KiB of revision rows per article)\n`);

    // Redis: commands and memory per job, around an enqueue and a worker run over the same articles
    // (all already stored, so the worker's time goes to the queue, not to extraction).
    const stats = async () => {
      const info = await redis.info('commandstats');
      let calls = 0;
      for (const m of info.matchAll(/calls=(\d+)/g)) calls += Number(m[1]);
      const mem = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))[1]);
      return { calls, mem };
    };
    const s0 = await stats();
    await enqueueJobs(ingest.map((article) => ({ kind: 'article', article })), target);
    const s1 = await stats();
    let finished = 0;
    const worker = await startWorker({ ...target, store, workers: 1, onEvent: (e) => void (e.type === 'completed' && finished++) });
    for (let i = 0; i < 6000 && finished < ingest.length; i++) await new Promise((r) => setTimeout(r, 50));
    await worker.close();
    const s2 = await stats();
    const perJob = (x) => fmt(x / ingest.length, 1);
    process.stdout.write(`redis: ${perJob(s1.calls - s0.calls)} commands/job to enqueue, ${perJob(s2.calls - s1.calls)} to process (fetch, lock, complete, metrics; one worker), ${fmt((s1.mem - s0.mem) / ingest.length / 1024)} KiB/job queued (texts average ${fmt(articles.reduce((s, a) => s + a.text.length, 0) / articles.length / 1024)} KiB)\n`);
  } finally {
    for (const name of [ARTICLE_QUEUE, DEAD_QUEUE]) {
      const q = new Queue(name, { connection: redisConnection(redisUrl), prefix: tag });
      await q.obliterate({ force: true }).catch(() => undefined);
      await q.close();
    }
    await admin.query(`DROP SCHEMA IF EXISTS ${tag} CASCADE`);
    await admin.end();
    redis.disconnect();
  }
}
