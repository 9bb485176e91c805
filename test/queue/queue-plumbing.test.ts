// The queue's behaviour in one process, with real Redis and a real (SQLite) store: jobs processed
// and stored, bad input straight to the dead-letter queue with its reason (no retries), a transient
// failure retried with backoff until it succeeds, re-enqueued articles stored once, status numbers,
// and close() finishing the job in hand.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSource } from '../../src/core/article-source.js';
import { deadJobs, queueStatus } from '../../src/queue/queue-status.js';
import { enqueueJobs } from '../../src/queue/enqueue.js';
import type { JobData } from '../../src/queue/job-data.js';
import { ARTICLE_QUEUE, DEAD_QUEUE } from '../../src/queue/queue-config.js';
import { redisConnection } from '../../src/queue/redis-connection.js';
import { startWorker, type RunningWorker, type WorkerEvent } from '../../src/queue/run-worker.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';

const REDIS = process.env.STORYLINE_TEST_REDIS;
const PREFIX = `test-plumbing-${process.pid}-${Date.now().toString(36)}`;
const target = { redis: REDIS ?? '', prefix: PREFIX };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const article = (key: string, content: string): JobData => ({
  kind: 'article',
  article: articleSource({ id: key, text: content, published: '2025-03-04', publisher: 'test' }),
});

const TEXTS = [
  'Maria Lopez, the mayor of Lima, said on Tuesday that 300 families had left their homes.',
  '"We will rebuild," said Ana Ruiz, who leads the Acme Group.',
  'The ministry said it would send $2 million in aid to the region.',
];

/** A store whose first `failures` saves of `key` throw, as a dropped database connection would. */
function flaky(store: Store, key: string, failures: number): Store {
  let left = failures;
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'saveArticle') {
        return (a: Parameters<Store['saveArticle']>[0], l: Parameters<Store['saveArticle']>[1]) => {
          if (a.key === key && left-- > 0) return Promise.reject(new Error('connection reset (simulated)'));
          return target.saveArticle(a, l);
        };
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

describe.skipIf(!REDIS)('queue plumbing (needs STORYLINE_TEST_REDIS)', () => {
  let tmp = '';
  let store: Store;
  let worker: RunningWorker | undefined;
  const events: WorkerEvent[] = [];

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'storyline-queue-'));
    store = await openStore(join(tmp, 'corpus.db'));
  });

  afterAll(async () => {
    await worker?.close();
    for (const name of [ARTICLE_QUEUE, DEAD_QUEUE]) {
      const q = new Queue(name, { connection: redisConnection(REDIS!), prefix: PREFIX });
      await q.obliterate({ force: true }).catch(() => undefined);
      await q.close();
    }
    rmSync(tmp, { recursive: true, force: true });
  });

  const settle = async (done: () => boolean, ms = 30_000) => {
    const end = Date.now() + ms;
    while (!done()) {
      if (Date.now() > end) throw new Error(`timed out; events: ${JSON.stringify(events)}`);
      await sleep(100);
    }
  };

  it('stores good articles, dead-letters bad input at once, retries a transient failure', async () => {
    // A page nested past the depth limit is bad input too (E_PAGE_TOO_DEEP was retried 5 times; issue 22).
    const deep: JobData = {
      kind: 'article',
      article: articleSource({ id: 'bad-deep', html: `<p>${'<div>'.repeat(3000)}x`, published: '2025-03-04', publisher: 'test' }),
    };
    const jobs = [article('good-1', TEXTS[0]), article('bad-binary', 'binary \u0000 data'), deep, article('flaky', TEXTS[1]), article('good-2', TEXTS[2])];
    expect(await enqueueJobs(jobs, target)).toBe(5);
    const before = await queueStatus(target);
    expect(before).toMatchObject({ queued: 5, active: 0, done: 0, failed: 0 });

    worker = await startWorker({ ...target, store: flaky(store, 'flaky', 1), workers: 1, onEvent: (e) => events.push(e) });
    await settle(() => events.filter((e) => e.type === 'completed').length === 3 && events.filter((e) => e.type === 'failed' && e.final).length === 2);

    const failures = events.filter((e) => e.type === 'failed');
    // The binary and the deep article failed once and for good; the flaky one failed once, not for good.
    expect(failures.filter((e) => e.type === 'failed' && e.final)).toHaveLength(2);
    expect(failures.filter((e) => e.type === 'failed' && !e.final)).toHaveLength(1);
    expect(failures.find((e) => e.type === 'failed' && !e.final)).toMatchObject({ reason: 'connection reset (simulated)' });

    let dead = await deadJobs(target);
    for (let i = 0; dead.length < 2 && i < 50; i++) {
      await sleep(100);
      dead = await deadJobs(target);
    }
    dead.sort((a, b) => String(a.key).localeCompare(String(b.key)));
    expect(dead).toHaveLength(2);
    expect(dead[0]).toMatchObject({ key: 'bad-binary', attempts: 1 });
    expect(dead[0].reason).toMatch(/E_BINARY_INPUT/);
    expect(dead[1]).toMatchObject({ key: 'bad-deep', attempts: 1 });
    expect(dead[1].reason).toMatch(/E_PAGE_TOO_DEEP/);

    const stored = (await store.listArticles({ limit: 10 })).map((a) => a.id).sort();
    expect(stored).toEqual(['flaky', 'good-1', 'good-2']);
    const status = await queueStatus(target);
    expect(status).toMatchObject({ queued: 0, active: 0, done: 3, failed: 2 });
    expect(status.rate).toBeGreaterThan(0);
  });

  it('ignores a re-enqueued article Redis remembers; stores one it forgot once (unchanged); a changed one as a new revision', async () => {
    events.length = 0;
    const q = new Queue(ARTICLE_QUEUE, { connection: redisConnection(REDIS!), prefix: PREFIX });
    await enqueueJobs([article('good-1', TEXTS[0])], target);
    await sleep(300);
    expect(events).toEqual([]);
    expect(await q.getWaitingCount()).toBe(0);
    // Once Redis has dropped the finished job (removeOnComplete), the same article runs again: the
    // store sees the same content hash and writes nothing.
    await q.clean(0, 1000, 'completed');
    await q.close();
    await enqueueJobs([article('good-1', TEXTS[0]), article('good-2', `${TEXTS[2]} It said more on Friday.`)], target);
    await settle(() => events.filter((e) => e.type === 'completed').length === 2);
    const byKey = Object.fromEntries(events.flatMap((e) => (e.type === 'completed' ? [[e.key, e.status]] : [])));
    expect(byKey).toEqual({ 'good-1': 'unchanged', 'good-2': 'revised' });
    expect((await store.article('good-1'))?.meta.revision).toBe(1);
    expect((await store.article('good-2'))?.meta.revision).toBe(2);
  });

  it('close() lets the job in hand finish and be stored', async () => {
    events.length = 0;
    // A long article keeps the worker busy while close() is called.
    const long = Array.from({ length: 60 }, (_, i) => `Official ${i} said on Monday that ${i + 2} trucks had arrived in Lima.`).join(' ');
    await enqueueJobs([article('long-one', long)], target);
    const q = new Queue(ARTICLE_QUEUE, { connection: redisConnection(REDIS!), prefix: PREFIX });
    const done = () => events.some((e) => e.type === 'completed');
    for (let i = 0; i < 500 && !done() && (await q.getActiveCount()) === 0; i++) await sleep(20);
    await q.close();
    const w = worker;
    worker = undefined;
    await w?.close();
    expect(events).toContainEqual({ type: 'completed', key: 'long-one', status: 'inserted' });
    // The worker closed the store it was given; read the file again.
    const reopened = await openStore(join(tmp, 'corpus.db'));
    expect((await reopened.article('long-one'))?.meta.revision).toBe(1);
    await reopened.close();
    const after = await queueStatus(target);
    expect(after.active).toBe(0);
  });
});
