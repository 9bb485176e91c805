// `enqueue --feeds` end to end on a local HTTP server (127.0.0.1, trusted for this test only): the
// subscribed feed's item links become URL jobs, a worker fetches and stores the pages, and polling
// again adds no job for items Redis already holds.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeeds } from '../../src/app/feed-subscriptions.js';
import { enqueueJobs } from '../../src/queue/enqueue.js';
import { feedJobs } from '../../src/queue/feed-jobs.js';
import { ARTICLE_QUEUE, DEAD_QUEUE } from '../../src/queue/queue-config.js';
import { queueStatus } from '../../src/queue/queue-status.js';
import { redisConnection } from '../../src/queue/redis-connection.js';
import { startWorker, type WorkerEvent } from '../../src/queue/run-worker.js';
import { openStore } from '../../src/store/open-store.js';

const REDIS = process.env.STORYLINE_TEST_REDIS;
const PREFIX = `test-feeds-${process.pid}-${Date.now().toString(36)}`;
const target = { redis: REDIS ?? '', prefix: PREFIX };

const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body
    .split('\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;

const PAGES: Record<string, string> = {
  '/news/floods.html': page('Floods reach Lima', 'Maria Lopez, the mayor of Lima, said on Tuesday that 300 families had left their homes.\n"We will rebuild every street," she told reporters at the city hall.\nThe ministry said it would send $2 million in aid to the region.'),
  '/news/port.html': page('Port reopens', 'The port of Callao reopened on Wednesday after a three-day strike, officials said.\n"Ships are moving again," said Ana Ruiz, who leads the dockworkers union.\nAbout 40 vessels had waited offshore.'),
};

describe.skipIf(!REDIS)('enqueue --feeds (needs STORYLINE_TEST_REDIS)', () => {
  let server: Server;
  let base = '';
  let tmp = '';

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'storyline-queue-feeds-'));
    server = createServer((req, res) => {
      if (req.url === '/feed.xml') {
        const items = Object.keys(PAGES).map((p) => `<item><title>${p}</title><link>${base}${p}?utm_source=rss</link><pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate></item>`).join('');
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title><link>${base}/</link>${items}</channel></rss>`);
      } else if (req.url && PAGES[req.url.replace(/\?.*$/, '')]) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(PAGES[req.url.replace(/\?.*$/, '')]);
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((r) => server.close(r));
    for (const name of [ARTICLE_QUEUE, DEAD_QUEUE]) {
      const q = new Queue(name, { connection: redisConnection(REDIS!), prefix: PREFIX });
      await q.obliterate({ force: true }).catch(() => undefined);
      await q.close();
    }
    rmSync(tmp, { recursive: true, force: true });
  });

  it('queues each item once, and the worker fetches and stores the pages', async () => {
    const state = join(tmp, 'feeds.json');
    addFeeds(state, `${base}/feed.xml`);
    const policy = { trustedHosts: [new URL(base).host] };
    const problems: unknown[] = [];
    const collect = async () => {
      const out = [];
      for await (const j of feedJobs(state, (p) => problems.push(p), policy)) out.push(j);
      return out;
    };
    const jobs = await collect();
    expect(problems).toEqual([]);
    expect(jobs.map((j) => j.url).sort()).toEqual(Object.keys(PAGES).map((p) => `${base}${p}?utm_source=rss`).sort());
    expect(jobs.every((j) => j.published === '2025-03-04')).toBe(true);
    await enqueueJobs(jobs, target);
    await enqueueJobs(await collect(), target);
    // The second poll's items carry the same ids: still two jobs.
    expect((await queueStatus(target)).queued).toBe(2);

    const store = await openStore(join(tmp, 'corpus.db'));
    const events: WorkerEvent[] = [];
    const worker = await startWorker({ ...target, store: await openStore(join(tmp, 'corpus.db')), workers: 1, fetchPolicy: policy, onEvent: (e) => events.push(e) });
    for (let i = 0; i < 300 && events.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    await worker.close();
    expect(events.map((e) => e.type)).toEqual(['completed', 'completed']);
    const stored = await store.listArticles({ limit: 10 });
    expect(stored.map((a) => a.title).sort()).toEqual(['Floods reach Lima', 'Port reopens']);
    const floods = await store.article(stored.find((a) => a.title === 'Floods reach Lima')!.id);
    expect(floods?.record.quotes.length).toBeGreaterThan(0);
    await store.close();
  });
});
