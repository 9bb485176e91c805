#!/usr/bin/env node
// API benchmark: quote-search latency through the real HTTP API over 1,000 stored articles.
// Starts `storyline serve` (built CLI, separate process, SQLite store), stores the PolNeAR train+dev
// texts through POST /extract (save: true) — 924 articles, topped up to 1,000 with re-dated copies of
// train articles under new ids — then times GET /quotes requests one at a time from this process:
// words taken from stored quotes, speakers among the most quoted people, and words plus a date range.
// Prints p50/p95/p99 per kind and overall, then again while POST /extract runs back to back (the
// server extracts on its worker threads); the last line `quote-search p95: X ms` is for scripts.
//   npm run build && npm run bench:api
//   BENCH_DB=/tmp/bench.db npm run bench:api    keep the store; a later run reuses it (no re-ingest)
//   BENCH_QUERIES=1000 npm run bench:api        more timed queries (default 600)
//   BENCH_WORKERS=1 npm run bench:api           the server's extraction threads (default: serve's default)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('..', import.meta.url));
const DATA = ['train', 'dev'].map((s) => join(root, `../shared/data/polnear/${s}.jsonl`));
const TARGET_ARTICLES = 1000;
const QUERIES = Number(process.env.BENCH_QUERIES ?? 600);
const WARMUP = 30;

function fail(message) {
  process.stderr.write(`bench-api: ${message}\n`);
  process.exit(2);
}

for (const path of DATA) if (!existsSync(path)) fail(`no data at ${path}; PolNeAR lives in ../shared/data/polnear next to the repository`);
if (!existsSync(join(root, 'dist/surfaces/cli/main.js'))) fail('dist/ is missing; run `npm run build` first');
if (!(Number.isInteger(QUERIES) && QUERIES > 0)) fail(`BENCH_QUERIES must be a positive integer`);

// Mulberry32: a seeded PRNG, so every run asks the same queries.
function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20250814);
const pick = (items) => items[Math.floor(random() * items.length)];

function articles() {
  const out = [];
  for (const path of DATA) {
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const a = JSON.parse(line);
      out.push({ id: a.id, text: a.text, title: a.title ?? undefined, published: a.published?.slice(0, 10) });
    }
  }
  const originals = out.length;
  for (let i = 0; out.length < TARGET_ARTICLES; i++) {
    const a = out[i];
    const year = Number(a.published?.slice(0, 4) ?? 2016) + 5;
    out.push({ ...a, id: `${a.id}-copy`, published: `${year}${(a.published ?? '2016-01-01').slice(4)}` });
  }
  return { list: out, originals };
}

function startServer(db) {
  return new Promise((resolve, reject) => {
    const workers = process.env.BENCH_WORKERS ? ['--workers', process.env.BENCH_WORKERS] : [];
    const child = spawn(process.execPath, [join(root, 'bin/storyline.js'), 'serve', '--db', db, '--port', '0', '--log-level', 'warn', ...workers], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (chunk) => {
      err += chunk;
      const m = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) resolve({ child, base: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${err}`)));
  });
}

async function getJson(base, path) {
  const res = await fetch(base + path);
  const body = await res.json();
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

async function store(base, list) {
  const started = performance.now();
  let done = 0;
  for (const a of list) {
    const res = await fetch(`${base}/extract`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...a, save: true }),
    });
    if (!res.ok) fail(`storing ${a.id}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    if (++done % 100 === 0) process.stderr.write(`\rstored ${done}/${list.length}`);
  }
  process.stderr.write('\n');
  return (performance.now() - started) / 1000;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const fmt = (ms) => `${ms.toFixed(1)} ms`;

async function main() {
  const keep = process.env.BENCH_DB;
  const dir = keep ? null : mkdtempSync(join(tmpdir(), 'storyline-bench-api-'));
  const db = keep ?? join(dir, 'bench.db');
  const { child, base } = await startServer(db);
  try {
    const { list, originals } = articles();
    const have = (await getJson(base, `/articles?limit=1&offset=${TARGET_ARTICLES - 1}`)).articles.length;
    if (have === 0) {
      const seconds = await store(base, list);
      console.log(`stored ${list.length} articles (${originals} PolNeAR train+dev, ${list.length - originals} re-dated copies) in ${seconds.toFixed(1)} s through POST /extract`);
    } else {
      console.log(`reusing ${db}: it already holds ${TARGET_ARTICLES}+ articles`);
    }

    // Query material, read back through the API: words of stored quotes, the most quoted people.
    const sample = [];
    for (let offset = 0; offset < 2000; offset += 500) sample.push(...(await getJson(base, `/quotes?limit=500&offset=${offset}`)).quotes);
    const words = sample.flatMap((q) => q.content.match(/\p{L}{5,}/gu) ?? []);
    const speakers = (await getJson(base, '/entities?type=PERSON&limit=60')).entities.filter((e) => e.quoteCount > 0).map((e) => e.name);
    if (words.length === 0 || speakers.length === 0) fail('the store holds no quotes to search for');
    const kinds = {
      words: () => `/quotes?q=${encodeURIComponent(`${pick(words)} ${random() < 0.5 ? pick(words) : ''}`.trim())}`,
      speaker: () => `/quotes?speaker=${encodeURIComponent(pick(speakers))}`,
      'words+dates': () => `/quotes?q=${encodeURIComponent(pick(words))}&since=2016-01-01&until=2016-12-31`,
    };
    const plan = Array.from({ length: QUERIES }, (_, i) => (i % 5 < 3 ? 'words' : i % 5 === 3 ? 'speaker' : 'words+dates'));

    for (let i = 0; i < WARMUP; i++) await getJson(base, kinds[plan[i % plan.length]]());
    const times = { words: [], speaker: [], 'words+dates': [] };
    const rows = { words: 0, speaker: 0, 'words+dates': 0 };
    for (const kind of plan) {
      const path = kinds[kind]();
      const t0 = performance.now();
      const body = await getJson(base, path);
      times[kind].push(performance.now() - t0);
      rows[kind] += body.quotes.length;
    }

    const counts = await getJson(base, '/health');
    console.log(`server: ${counts.store}; ${QUERIES} timed GET /quotes requests, one at a time, after ${WARMUP} warm-up`);
    const all = Object.values(times).flat().sort((a, b) => a - b);
    for (const [kind, list] of Object.entries(times)) {
      const s = [...list].sort((a, b) => a - b);
      console.log(`${kind.padEnd(12)} n=${String(s.length).padStart(4)}  p50 ${fmt(percentile(s, 50))}  p95 ${fmt(percentile(s, 95))}  p99 ${fmt(percentile(s, 99))}  max ${fmt(s[s.length - 1])}  mean rows ${(rows[kind] / s.length).toFixed(1)}`);
    }
    console.log(`${'all'.padEnd(12)} n=${String(all.length).padStart(4)}  p50 ${fmt(percentile(all, 50))}  p95 ${fmt(percentile(all, 95))}  p99 ${fmt(percentile(all, 99))}  max ${fmt(all[all.length - 1])}`);
    // The same searches while articles are being extracted and stored (extraction runs on the
    // server's worker threads, so the event loop stays free for reads).
    const loaded = [];
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing && i < list.length; i++) {
        const a = list[i];
        await fetch(`${base}/extract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...a, id: `${a.id}-load`, published: '2030-01-01' }) }).then((r) => r.arrayBuffer());
      }
    })();
    for (const kind of plan.slice(0, Math.min(300, plan.length))) {
      const path = kinds[kind]();
      const t0 = performance.now();
      await getJson(base, path);
      loaded.push(performance.now() - t0);
    }
    writing = false;
    await writer;
    loaded.sort((a, b) => a - b);
    console.log(`${'under load'.padEnd(12)} n=${String(loaded.length).padStart(4)}  p50 ${fmt(percentile(loaded, 50))}  p95 ${fmt(percentile(loaded, 95))}  p99 ${fmt(percentile(loaded, 99))}  max ${fmt(loaded[loaded.length - 1])}  (while POST /extract runs back to back, not stored)`);
    const p95 = percentile(all, 95);
    console.log(`target p95 < 200 ms: ${p95 < 200 ? 'met' : 'MISSED'}`);
    console.log(`quote-search p95: ${p95.toFixed(1)} ms`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => fail(err.stack ?? String(err)));
