// One door in (issue 19): the same HTML page, given to each surface, comes out as the same record,
// because every surface builds an ArticleSource and calls the one intake (app/intake.ts). The
// reference is the intake called here; then the built CLI (stdin, --input-format html), HTTP
// POST /extract, the extraction thread pool (2 threads, dist/), and the queue (a job through Redis to
// a worker that stores into PostgreSQL; the stored record is read back).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractSource } from '../../src/app/intake.js';
import { createExtractPool } from '../../src/app/parallel/extract-pool.js';
import { isItemError } from '../../src/app/parallel/item-outcome.js';
import { articleSource } from '../../src/core/article-source.js';
import type { StoryRecord } from '../../src/core/record.js';
import { enqueueJobs } from '../../src/queue/enqueue.js';
import { ARTICLE_QUEUE, DEAD_QUEUE } from '../../src/queue/queue-config.js';
import { redisConnection } from '../../src/queue/redis-connection.js';
import { startWorker } from '../../src/queue/run-worker.js';
import { openStore } from '../../src/store/open-store.js';
import { ensureBuilt, ROOT } from '../helpers/built-cli.js';
import { json, startServer, type Running } from './http/start-server.js';

const HTML = readFileSync(join(ROOT, 'fixtures/pages/jsonld-article.html'), 'utf8');
const ID = 'one-door';
const PUBLISHED = '2025-09-04';
// What each surface is given: an HTML page, no URL, an id and a publication date.
const page = () => articleSource({ id: ID, html: HTML, published: PUBLISHED, source: { kind: 'html', location: null } });

let reference: StoryRecord;
beforeAll(() => {
  reference = extractSource(page());
});

describe('one door: the same page gives the same record through every surface', () => {
  it('the reference record is a real one (body text, page metadata, the given date)', () => {
    expect(reference.text.length).toBeGreaterThan(200);
    expect(reference.published).toBe(PUBLISHED);
    expect(reference.source).toEqual({ kind: 'html', location: null });
    expect(reference.page).not.toBeNull();
  });

  it('CLI: storyline extract - --input-format html', async () => {
    ensureBuilt();
    const args = ['extract', '-', '--input-format', 'html', '--id', ID, '--published', PUBLISHED, '--format', 'json'];
    // Not spawnSync: a blocked test thread misses the runner's heartbeats on a loaded machine.
    const child = spawn(process.execPath, [join(ROOT, 'bin/storyline.js'), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.end(HTML);
    const status = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(reference);
  });

  describe('HTTP: POST /extract', () => {
    let server: Running;
    beforeAll(async () => {
      server = await startServer();
    });
    afterAll(() => server.close());
    it('html body', async () => {
      const res = await fetch(`${server.base}/extract`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ html: HTML, id: ID, published: PUBLISHED }),
      });
      expect(res.status).toBe(200);
      expect(((await json(res)) as { record: StoryRecord }).record).toEqual(reference);
    });
  });

  it('thread pool: 2 threads', async () => {
    ensureBuilt();
    const pool = createExtractPool({ workers: 2, alwaysThreads: true });
    try {
      const outcome = await pool.run(page());
      if (isItemError(outcome)) throw new Error(outcome.message);
      expect(outcome.record).toEqual(reference);
    } finally {
      await pool.close();
    }
  });

  const REDIS = process.env.STORYLINE_TEST_REDIS;
  const POSTGRES = process.env.STORYLINE_TEST_POSTGRES;
  it.skipIf(!REDIS || !POSTGRES)('queue: a job through Redis, a worker, PostgreSQL (needs STORYLINE_TEST_REDIS and STORYLINE_TEST_POSTGRES)', async () => {
    const suffix = `${process.pid}_${Date.now().toString(36)}`;
    const target = { redis: REDIS!, prefix: `test-one-door-${suffix}` };
    const store = await openStore(`${POSTGRES}${POSTGRES!.includes('?') ? '&' : '?'}schema=one_door_${suffix}`);
    const worker = await startWorker({ ...target, store, workers: 1 });
    try {
      expect(await enqueueJobs([{ kind: 'article', article: page() }], target)).toBe(1);
      let stored = null;
      for (let i = 0; i < 600 && !stored; i++) {
        await new Promise((r) => setTimeout(r, 100));
        stored = await store.article(ID);
      }
      expect(stored?.record).toEqual(reference);
    } finally {
      await worker.close();
      for (const name of [ARTICLE_QUEUE, DEAD_QUEUE]) {
        const q = new Queue(name, { connection: redisConnection(REDIS!), prefix: target.prefix });
        await q.obliterate({ force: true }).catch(() => undefined);
        await q.close();
      }
    }
  });
});
