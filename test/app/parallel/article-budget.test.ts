// Issue 22, finding 1: a per-article wall-time budget on the extraction threads. An article over it
// fails alone with E_ARTICLE_TIMEOUT, its thread is replaced, and the other thread and the next
// articles go on: a normal POST /extract answers within 2 s while a hostile one is in flight. The
// hostile article is generated here: 40,000 short attributions, several seconds of extraction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractPool, type ExtractPool } from '../../../src/app/parallel/extract-pool.js';
import { isItemError } from '../../../src/app/parallel/item-outcome.js';
import { createContext } from '../../../src/surfaces/http/context.js';
import { json, startServer, type Running } from '../../surfaces/http/start-server.js';
import { articleSource } from '../../../src/core/article-source.js';

const HOSTILE = 'Al said no. '.repeat(40_000);
const NORMAL = 'Mayor Ana Ruiz said on Monday that the bridge would reopen in May.';
const BUDGET_MS = 1500;

describe('article time budget on the extraction threads (needs npm run build)', () => {
  let pool: ExtractPool;
  let server: Running;
  beforeAll(async () => {
    pool = createExtractPool({ workers: 2, articleTimeoutMs: BUDGET_MS });
    await pool.warm();
    server = await startServer({ context: createContext({ pool }) });
  }, 120_000);
  afterAll(async () => {
    await server.close();
    await pool.close();
  }, 120_000);

  const post = (text: string) => fetch(`${server.base}/extract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });

  it('two finding-1 pages (30 KB of <div/>) are refused at once and a normal article still answers within 2 s', async () => {
    const page = `<html><body>${'<div/>'.repeat(5000)}<p>${NORMAL}</p></body></html>`;
    const html = (h: string) => fetch(`${server.base}/extract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ html: h }) });
    const started = Date.now();
    const [a, b, normal] = await Promise.all([html(page), html(page), post(NORMAL)]);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(normal.status).toBe(200);
    for (const r of [a, b]) expect(((await json(r)) as { error: { code: string } }).error.code).toBe('E_PAGE_TOO_DEEP');
  }, 30_000);

  it('POST /extract answers a normal article within 2 s while a hostile one runs; the hostile one gets E_ARTICLE_TIMEOUT', async () => {
    const started = Date.now();
    const hostile = post(HOSTILE);
    await new Promise((r) => setTimeout(r, 300)); // the hostile article has its thread
    const normalAt = Date.now();
    const normal = await post(NORMAL);
    expect(normal.status).toBe(200);
    expect(Date.now() - normalAt).toBeLessThan(2000);
    const refused = await hostile;
    expect(refused.status).toBe(400);
    expect(((await json(refused)) as { error: { code: string } }).error.code).toBe('E_ARTICLE_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(BUDGET_MS + 3000);
  }, 30_000);

  it('the stopped thread is replaced: both threads take articles again, and a queued one is not charged for its wait', async () => {
    const after = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => pool.run(articleSource({ id: `after-${i}`, text: NORMAL }), i)));
    expect(after.filter(isItemError)).toEqual([]);
  }, 60_000);
});
