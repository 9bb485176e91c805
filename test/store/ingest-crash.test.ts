// Crash safety: `storyline ingest` (the built CLI) is killed with SIGKILL while it writes, then run
// again. While killed, every stored article is whole (its quotes, amounts and links all there); after
// the re-run every input article is stored exactly once and the counters agree with the rows.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT, start, storyline } from '../helpers/built-cli.js';

const TRAIN = resolve(ROOT, '../shared/data/polnear/train.jsonl');
const N = 60;
let dir = '';

function query<T>(db: string, sql: string): T {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).get() as T;
  } finally {
    d.close();
  }
}

/** Checks that hold for any committed state: no half article, counters match rows. */
function expectWhole(db: string): number {
  const d = new Database(db, { readonly: true });
  try {
    expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
    const articles = d.prepare('SELECT COUNT(*) FROM articles').pluck().get() as number;
    const stored = d.prepare(`SELECT SUM(json_array_length(r.record, '$.quotes')) AS quotes, SUM(json_array_length(r.record, '$.amounts')) AS amounts
        FROM articles a JOIN article_revisions r ON r.article_id = a.id AND r.revision = a.revision`).get() as { quotes: number | null; amounts: number | null };
    expect(d.prepare('SELECT COUNT(*) FROM quotes').pluck().get()).toBe(stored.quotes ?? 0);
    expect(d.prepare('SELECT COUNT(*) FROM amounts').pluck().get()).toBe(stored.amounts ?? 0);
    expect(d.prepare('SELECT COUNT(*) FROM article_revisions').pluck().get()).toBe(articles);
    expect(d.prepare('SELECT COUNT(*) FROM story_articles').pluck().get()).toBe(articles);
    expect(d.prepare('SELECT COUNT(*) FROM articles WHERE id NOT IN (SELECT article_id FROM article_entities)').pluck().get()).toBe(0);
    const badCounts = d.prepare(`SELECT COUNT(*) FROM entities e WHERE e.article_count <> (SELECT COUNT(DISTINCT article_id) FROM article_entities WHERE entity_id = e.id)
        OR e.quote_count <> (SELECT COUNT(*) FROM quotes WHERE speaker_id = e.id)`).pluck().get();
    expect(badCounts).toBe(0);
    return articles;
  } finally {
    d.close();
  }
}

describe.skipIf(!existsSync(TRAIN))('ingest killed with SIGKILL (needs ../shared/data/polnear/train.jsonl)', () => {
  beforeAll(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'storyline-crash-'));
    // A batch of the first N articles, in the temporary directory only.
    const lines = readFileSync(TRAIN, 'utf8').split('\n').filter((l) => l.trim() !== '').slice(0, N);
    writeFileSync(join(dir, 'batch.jsonl'), `${lines.join('\n')}\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loses nothing and duplicates nothing when killed midway and re-run', async () => {
    const db = join(dir, 'crash.db');
    const child = start(['ingest', 'batch.jsonl', '--db', db, '--batch', '4'], dir);
    const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_code, signal) => r(signal)));
    // Kill it once some batches are committed (the writer is then mid-way through the file).
    const deadline = Date.now() + 240_000;
    for (;;) {
      await new Promise((r) => setTimeout(r, 150));
      const n = existsSync(db) ? (() => { try { return query<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM articles').n; } catch { return 0; } })() : 0;
      if (n >= 8 || Date.now() > deadline) break;
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const partial = expectWhole(db);
    expect(partial).toBeGreaterThanOrEqual(8);
    expect(partial).toBeLessThan(N);

    const rerun = await storyline(['ingest', 'batch.jsonl', '--db', db], dir);
    expect(rerun.status).toBe(0);
    expect(rerun.stderr).toContain(`${N - partial} new, 0 revised, ${partial} unchanged, 0 failed`);
    expect(expectWhole(db)).toBe(N);
    expect(query<{ n: number }>(db, 'SELECT COUNT(DISTINCT id) AS n FROM articles').n).toBe(N);
  });
});
