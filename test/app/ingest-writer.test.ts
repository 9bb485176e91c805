// The ingest writer thread (src/app/ingest-writer.ts, run from dist/): it stores batches on its own
// connection, answers per article, and runs at a lower scheduling priority than the extracting
// thread on Linux (STORYLINE_WRITER_NICE=0 keeps the default). A record crosses to it as JSON text and
// is stored exactly as the extracting thread would have stored it.
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleWrite, ingestHash } from '../../src/app/article-write.js';
import { defaultLinker } from '../../src/app/corpus-linker.js';
import { extractArticle } from '../../src/app/extract.js';
import { storeWriter, threadWriter, toWireWrite } from '../../src/app/ingest-writer.js';
import { articleSource } from '../../src/core/article-source.js';
import { openStore } from '../../src/store/open-store.js';
import { ensureBuilt } from '../helpers/built-cli.js';
import { buildArticle } from '../store/build-record.js';

/** Nice values of this process's threads (Linux), or null elsewhere. */
function threadNices(): number[] | null {
  try {
    return readdirSync('/proc/self/task').map((t) => {
      const stat = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
    });
  } catch {
    return null;
  }
}

/** Every row of every table of a SQLite store, but the write times (full-text shadow tables left out). */
function dump(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    return Object.fromEntries(tables.map((t) => {
      const rows = db.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[];
      const kept = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !/_at$/.test(k))));
      return [t, kept.map((r) => JSON.stringify(r)).sort()];
    }));
  } finally {
    db.close();
  }
}

const article = (id: string) => buildArticle(`[[Ana Ruiz|PERSON]] spoke in [[Lima|GPE]]. She said {{the bridge opens in May}}.`, { id, published: '2025-05-02', title: `Bridge ${id}` });

describe('threadWriter', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-writer-'));
  beforeAll(() => ensureBuilt());
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores a batch on its own connection and lowers its own priority only', async () => {
    const db = join(dir, 'a.db');
    const writer = threadWriter(db)!;
    expect(writer).not.toBeNull();
    const results = await writer.save([article('w1'), article('w2')]);
    expect(results.map((r) => (r instanceof Error ? r.message : r.status))).toEqual(['inserted', 'inserted']);
    const nices = threadNices();
    if (nices) {
      expect(nices.filter((n) => n === 10)).toHaveLength(1);
      expect(nices.filter((n) => n === 0).length).toBeGreaterThan(0);
    }
    await writer.close();
    const store = await openStore(db);
    expect(await store.counts()).toMatchObject({ articles: 2, quotes: 2 });
    // The batch is visible to another connection once written: the main thread's reads.
    expect((await store.saveArticle(article('w1'), defaultLinker())).status).toBe('unchanged');
    await store.close();
  });

  it('stores what the extracting thread would have stored: the same record text and the same rows', async () => {
    const fixtures = new URL('../../fixtures/articles/', import.meta.url);
    const writes = readdirSync(fixtures).map((slug) => {
      const a = articleSource({ id: slug, text: readFileSync(new URL(`${slug}/source.txt`, fixtures), 'utf8'), published: '2025-05-02', url: `https://news.example/${slug}`, meta: { section: 'world' } });
      return articleWrite(a, ingestHash(a), extractArticle({ id: a.id, text: a.content, published: a.published, url: a.url }));
    });
    writes.push(article('w9'));
    // On the wire only the JSON text travels, and it is the record's.
    for (const w of writes) {
      const wire = toWireWrite(w);
      expect('record' in wire).toBe(false);
      expect(JSON.parse(wire.recordJson)).toEqual(JSON.parse(JSON.stringify(w.record)));
    }
    const here = join(dir, 'here.db');
    const there = join(dir, 'there.db');
    const store = await openStore(here);
    expect((await storeWriter(store, defaultLinker()).save(writes)).map((r) => (r instanceof Error ? r.message : r.status))).toEqual(writes.map(() => 'inserted'));
    await store.close();
    const writer = threadWriter(there)!;
    expect((await writer.save(writes)).map((r) => (r instanceof Error ? r.message : r.status))).toEqual(writes.map(() => 'inserted'));
    await writer.close();
    const [a, b] = [dump(here), dump(there)];
    expect(a.article_revisions).toHaveLength(writes.length);
    expect(a.quotes.length).toBeGreaterThan(2);
    expect(b).toEqual(a);
    // The stored text is the record's JSON, byte for byte.
    expect(a.article_revisions.map((r) => JSON.parse(r as string).record).sort()).toEqual(writes.map((w) => JSON.stringify(w.record)).sort());
  }, 120_000);

  it('stores the record under the article\'s key even when the record crossed as text naming another id', async () => {
    const db = join(dir, 'key.db');
    const w = { ...article('w5'), key: 'stored-key' };
    const writer = threadWriter(db)!;
    await writer.save([w]);
    await writer.close();
    const store = await openStore(db);
    expect((await store.article('stored-key'))?.record.id).toBe('stored-key');
    await store.close();
  });

  it('keeps the default priority with STORYLINE_WRITER_NICE=0', async () => {
    const before = process.env.STORYLINE_WRITER_NICE;
    process.env.STORYLINE_WRITER_NICE = '0';
    try {
      const writer = threadWriter(join(dir, 'b.db'))!;
      await writer.save([article('w3')]);
      const nices = threadNices();
      if (nices) expect(nices.filter((n) => n !== 0)).toEqual([]);
      await writer.close();
    } finally {
      if (before === undefined) delete process.env.STORYLINE_WRITER_NICE;
      else process.env.STORYLINE_WRITER_NICE = before;
    }
  });
});
