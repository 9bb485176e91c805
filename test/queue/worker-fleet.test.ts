// The fleet test the scaling issue asks for: three `storyline worker` processes (the built CLI) over
// 2,000 articles with real Redis and PostgreSQL. One worker is killed with SIGKILL a third of the way
// in (its job in hand must come back through BullMQ's stalled-job check), one is stopped with SIGTERM
// later (it must finish its job and exit 0) and a fresh one joins. In the end every article is stored
// exactly once (one row, one revision) and none is lost.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Queue } from 'bullmq';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_QUEUE, DEAD_QUEUE } from '../../src/queue/queue-config.js';
import { redisConnection } from '../../src/queue/redis-connection.js';
import { openStore } from '../../src/store/open-store.js';
import { fleetArticles } from './fleet-data.js';

const REDIS = process.env.STORYLINE_TEST_REDIS;
const POSTGRES = process.env.STORYLINE_TEST_POSTGRES;
const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'bin/storyline.js');
const POLNEAR = resolve(ROOT, '../shared/data/polnear');
const COUNT = 2000;

const suffix = `${process.pid}_${Date.now().toString(36)}`;
const PREFIX = `test-fleet-${suffix}`;
const SCHEMA = `queue_fleet_${suffix}`.toLowerCase();

interface WorkerProc {
  child: ChildProcess;
  stderr: string;
  exited: Promise<number | null>;
}

function startWorker(db: string): WorkerProc {
  const child = spawn(process.execPath, [CLI, 'worker', '--redis', REDIS!, '--prefix', PREFIX, '--db', db, '--workers', '1', '--lock-ms', '4000'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const w: WorkerProc = { child, stderr: '', exited: new Promise((r) => child.on('exit', (code) => r(code))) };
  child.stderr?.on('data', (d: Buffer) => (w.stderr += d.toString()));
  return w;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!REDIS || !POSTGRES)('worker fleet: 3 processes, SIGKILL and SIGTERM midway, 2,000 articles (needs STORYLINE_TEST_REDIS and STORYLINE_TEST_POSTGRES)', () => {
  let tmp = '';
  let db = '';
  let client: pg.Client;
  const workers: WorkerProc[] = [];

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'storyline-fleet-'));
    db = `${POSTGRES}${POSTGRES!.includes('?') ? '&' : '?'}schema=${SCHEMA}`;
    // Migrate once before the workers start (they would also do it, under an advisory lock).
    await (await openStore(db)).close();
    client = new pg.Client({ connectionString: POSTGRES });
    await client.connect();
  });

  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    for (const name of [ARTICLE_QUEUE, DEAD_QUEUE]) {
      const q = new Queue(name, { connection: redisConnection(REDIS!), prefix: PREFIX });
      await q.obliterate({ force: true }).catch(() => undefined);
      await q.close();
    }
    await client?.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`).catch(() => undefined);
    await client?.end();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('stores every article exactly once through a SIGKILL, a SIGTERM and a late joiner', async () => {
    const articles = fleetArticles([join(POLNEAR, 'train.jsonl'), join(POLNEAR, 'dev.jsonl')], COUNT);
    expect(articles).toHaveLength(COUNT);
    const input = join(tmp, 'articles.jsonl');
    writeFileSync(input, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');

    const enq = spawnSync(process.execPath, [CLI, 'enqueue', input, '--redis', REDIS!, '--prefix', PREFIX], { cwd: ROOT, encoding: 'utf8' });
    expect(enq.stderr).toContain(`${COUNT} jobs queued`);
    expect(enq.status).toBe(0);

    const stored = async () => Number((await client.query(`SELECT count(*) AS n FROM ${SCHEMA}.articles`)).rows[0].n);
    // Generous: on a quiet 2-core machine the whole run takes about a minute, on a shared one up to 2.5.
    const until = async (done: () => Promise<boolean>, what: string, ms = 240_000) => {
      const end = Date.now() + ms;
      while (!(await done())) {
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}; worker logs:\n${workers.map((w) => w.stderr).join('\n')}`);
        await sleep(200);
      }
    };

    const t0 = Date.now();
    const marks: string[] = [];
    const mark = (what: string) => marks.push(`${what} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    workers.push(startWorker(db), startWorker(db), startWorker(db));
    await until(async () => (await stored()) >= COUNT / 3, 'a third stored');
    mark('a third');
    workers[0].child.kill('SIGKILL');
    expect(await workers[0].exited).toBe(null);

    await until(async () => (await stored()) >= (COUNT * 2) / 3, 'two thirds stored');
    mark('two thirds');
    workers[1].child.kill('SIGTERM');
    expect(await workers[1].exited).toBe(0);
    expect(workers[1].stderr).toMatch(/SIGTERM: finishing the jobs in hand[\s\S]*stopped: \d+ stored/);
    workers.push(startWorker(db));

    const status = (): Record<string, number> => {
      const r = spawnSync(process.execPath, [CLI, 'status', '--redis', REDIS!, '--prefix', PREFIX, '--json'], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0 || r.stdout.trim() === '') throw new Error(`storyline status failed (exit ${r.status}, signal ${r.signal}): ${r.stderr}`);
      return JSON.parse(r.stdout) as Record<string, number>;
    };
    await until(async () => (await stored()) >= COUNT, 'all stored');
    await until(async () => {
      const s = status();
      return s.queued === 0 && s.active === 0;
    }, 'the queue to drain');
    mark('all stored, queue drained');
    console.log(`worker fleet: ${marks.join(', ')}`);

    // Every article once: one row per id, one revision per article, the ids exactly the ones sent.
    const rows = (await client.query(`SELECT id, revision FROM ${SCHEMA}.articles`)).rows as { id: string; revision: number }[];
    expect(rows.length).toBe(COUNT);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(articles.map((a) => a.id)));
    expect(rows.filter((r) => r.revision !== 1)).toEqual([]);
    const revisions = Number((await client.query(`SELECT count(*) AS n FROM ${SCHEMA}.article_revisions`)).rows[0].n);
    expect(revisions).toBe(COUNT);

    const s = status();
    expect(s.failed).toBe(0);
    expect(s.done).toBeGreaterThanOrEqual(COUNT);

    // The job the killed worker held came back through the stalled-job check.
    const q = new Queue(ARTICLE_QUEUE, { connection: redisConnection(REDIS!), prefix: PREFIX });
    const completed = await q.getJobs(['completed'], 0, COUNT + 10);
    await q.close();
    expect(completed.filter((j) => j.stalledCounter > 0).length).toBeGreaterThanOrEqual(1);

    for (const w of workers.slice(2)) w.child.kill('SIGTERM');
    for (const w of workers.slice(2)) expect(await w.exited).toBe(0);
  }, 300_000);
});
