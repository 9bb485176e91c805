// The thread pool over the built dist/ code (npm run build first; `npm test` does): results in input
// order, per-item errors in place, the same records the in-process path gives for the same article.
import { existsSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { extractSource } from '../../../src/app/intake.js';
import { articleSource, type ArticleSource } from '../../../src/core/article-source.js';
import { createExtractPool, extractInOrder, parseWorkers } from '../../../src/app/parallel/extract-pool.js';
import { extractJsonlParallel } from '../../../src/app/parallel/extract-jsonl-parallel.js';
import { isItemError, type ItemOutcome } from '../../../src/app/parallel/item-outcome.js';
import type { StoryRecord } from '../../../src/core/record.js';

const BUILT = new URL('../../../dist/app/parallel/extract-worker.js', import.meta.url);
const DEV = new URL('../../../../shared/data/polnear/dev.jsonl', import.meta.url);

const articles: ArticleSource[] = [
  articleSource({ id: 'a', text: 'Maria Lopez, the mayor of Lima, said on Tuesday that 300 families had left.', published: '2025-03-04' }),
  articleSource({ id: 'b', text: '"We will rebuild," said Ana Ruiz, who leads the Acme Group.' }),
  articleSource({ id: 'bad', text: 'binary \u0000 data' }),
  articleSource({ id: 'c', text: 'The ministry said it would send $2 million in aid.' }),
];

async function collect(it: AsyncIterable<ItemOutcome>): Promise<ItemOutcome[]> {
  const out: ItemOutcome[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe.skipIf(!existsSync(BUILT))('extraction thread pool (needs npm run build)', () => {
  it('returns records and per-item errors in input order, with 2 threads', async () => {
    const out = await collect(extractInOrder(articles, { workers: 2 }));
    expect(out.map((o) => o.index)).toEqual([0, 1, 2, 3]);
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'bad', 'c']);
    const bad = out[2];
    expect(isItemError(bad) && bad.code).toBe('E_BINARY_INPUT');
    for (const i of [0, 1, 3]) {
      const o = out[i];
      if (isItemError(o)) throw new Error(o.message);
      // Same article, fresh pipeline on both sides: the threads give what this thread gives.
      expect(o.record).toEqual(extractSource(articles[i]));
    }
  });

  it('keeps order over a real batch with a small window', async () => {
    const dev = existsSync(DEV)
      ? readFileSync(DEV, 'utf8').trim().split('\n').slice(0, 24).map((l, i) => {
          const o = JSON.parse(l) as { id: string; text: string };
          return articleSource({ id: o.id, text: o.text.slice(0, 1500 + 100 * i) });
        })
      : articles.filter((a) => a.id !== 'bad');
    const out = await collect(extractInOrder((async function* () { yield* dev; })(), { workers: 2, window: 3 }));
    expect(out.map((o) => o.id)).toEqual(dev.map((a) => a.id));
    for (const o of out) expect(isItemError(o)).toBe(false);
    for (const [i, o] of out.entries()) if (!isItemError(o)) expect(o.record.text).toBe(dev[i].content);
  });

  it('runs in this thread with workers: 1, with the same outcomes', async () => {
    const pool = createExtractPool({ workers: 1 });
    expect(pool.workers).toBe(1);
    const o = await pool.run(articles[2], 7);
    expect(o).toMatchObject({ index: 7, id: 'bad', code: 'E_BINARY_INPUT' });
    await pool.close();
  });

  it('runs a JSONL stream through the pool: bad lines reported at their line, records in order', async () => {
    const line = (a: ArticleSource) => JSON.stringify({ id: a.id, text: a.content, published: a.published ?? undefined });
    const lines = [line(articles[0]), 'not json', JSON.stringify({ id: 'no-text' }), '', line(articles[1]), line(articles[3])].join('\n');
    const records: StoryRecord[] = [];
    const errors: [number, string][] = [];
    const result = await extractJsonlParallel(Readable.from([lines]), {
      onRecord: (r) => void records.push(r),
      onError: (line, message) => void errors.push([line, message]),
      published: '2025-01-01',
    }, { workers: 2 });
    expect(result).toEqual({ ok: 3, failed: 2 });
    expect(records.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(records[1].published).toBe('2025-01-01');
    expect(errors.map(([l]) => l)).toEqual([2, 3]);
    expect(errors[1][1]).toMatch(/text/);
  });
});

describe('--workers parsing', () => {
  it('defaults to the cores and refuses nonsense', () => {
    expect(parseWorkers(undefined)).toBeGreaterThanOrEqual(1);
    expect(parseWorkers('3')).toBe(3);
    for (const bad of ['0', '-1', '1.5', 'two', '']) expect(() => parseWorkers(bad)).toThrow(/--workers/);
  });
});
