// The ingest writer thread (src/app/ingest-writer.ts, run from dist/): it stores batches on its own
// connection, answers per article, and runs at a lower scheduling priority than the extracting
// thread on Linux (STORYLINE_WRITER_NICE=0 keeps the default).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLinker } from '../../src/app/corpus-linker.js';
import { threadWriter } from '../../src/app/ingest-writer.js';
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
