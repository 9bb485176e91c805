// The corpus algorithms behind the store's CorpusLinker: the linker is assignable to the store's
// interface, and ingesting PolNeAR articles from all 7 publishers into a real SQLite store through
// it yields one Donald Trump entity quoted or named by all 7 publishers, apart from the Clintons.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/app/extract.js';
import { corpusLinker } from '../../src/corpus/corpus-linker.js';
import { contentHash } from '../../src/store/content-hash.js';
import { openStore } from '../../src/store/open-store.js';
import type { ArticleWrite, CorpusLinker, StoredArticle } from '../../src/store/store.js';
import { buildTimeline } from '../../src/corpus/stories/index.js';
import { compareQuantities } from '../../src/corpus/cross-source/index.js';
import { exportRecords } from '../../src/app/export/index.js';

const TRAIN = new URL('../../../shared/data/polnear/train.jsonl', import.meta.url);
const PER_PUBLISHER = 8;

describe('corpusLinker', () => {
  it('is a CorpusLinker, and stored articles pass straight to timelines, cross-source checks and exports', () => {
    const linker: CorpusLinker = corpusLinker();
    expect(typeof linker.matchEntity).toBe('function');
    // Type-level: this compiles only while the store's StoredArticle fits these inputs.
    const useStored = (a: StoredArticle[]) => [buildTimeline(a), compareQuantities(a), exportRecords('jsonl', a, {})];
    expect(useStored).toBeTypeOf('function');
  });
});

describe.skipIf(!existsSync(TRAIN))('corpusLinker in the SQLite store (needs ../shared/data/polnear/train.jsonl)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-linker-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('links Donald Trump from all 7 publishers to one entity', async () => {
    const store = await openStore(join(dir, 'corpus.db'));
    try {
      const linker = corpusLinker();
      const perPublisher = new Map<string, number>();
      const writes: ArticleWrite[] = [];
      for (const line of readFileSync(TRAIN, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const a = JSON.parse(line) as { id: string; publisher: string; published: string; title: string; text: string };
        if ((perPublisher.get(a.publisher) ?? 0) >= PER_PUBLISHER) continue;
        perPublisher.set(a.publisher, (perPublisher.get(a.publisher) ?? 0) + 1);
        const record = extractArticle({ id: a.id, text: a.text, published: a.published, title: a.title });
        writes.push({ key: a.id, url: null, title: a.title, published: a.published, publisher: a.publisher, meta: {}, contentHash: contentHash(a), record });
      }
      writes.sort((x, y) => (x.published ?? '').localeCompare(y.published ?? ''));
      const results = await store.saveArticles(writes, linker);
      expect(results.filter((r) => r instanceof Error)).toEqual([]);
      const trumps = (await store.findEntities('Donald Trump')).filter((e) => e.type === 'PERSON');
      expect(trumps).toHaveLength(1);
      const detail = await store.entity(trumps[0].id);
      expect(detail?.publishers).toHaveLength(7);
      expect(detail?.aliases.map((a) => a.alias)).toEqual(expect.arrayContaining(['Donald Trump', 'Trump']));
      const hillary = (await store.findEntities('Hillary Clinton')).filter((e) => e.type === 'PERSON');
      const bill = (await store.findEntities('Bill Clinton')).filter((e) => e.type === 'PERSON');
      expect(hillary).toHaveLength(1);
      if (bill.length) expect(bill[0].id).not.toBe(hillary[0].id);
    } finally {
      await store.close();
    }
  });
});
