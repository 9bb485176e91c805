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
import { testRecord } from '../../src/corpus/test-record.js';

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

describe('corpusLinker on hand-made records', () => {
  const record = testRecord({
    id: 'a1', published: '2025-03-06', title: 'Talks',
    text: 'Donald J. Trump met Zelenskyy. Trump said the talks went well.',
    entities: [
      { type: 'PERSON', name: 'Donald J. Trump' },
      { type: 'PERSON', name: 'Zelenskyy' },
      { type: 'ORG', name: 'Trump', forms: ['Trump@1'] },
    ],
  });

  it('groups the article, matches, merges and tolerates profiles of another shape', () => {
    const linker = corpusLinker();
    expect(linker.groupEntities(record)).toEqual([['e1', 'e3'], ['e2']]);
    const trump = record.entities[0];
    expect(linker.entityKeys(trump, record)).toContain('per:trump');
    // A profile as the store's first name+type linker wrote it: aliases as a map, no counts.
    const old = { id: 7, type: 'PERSON', name: 'Donald Trump', profile: { aliases: { 'Donald Trump': 3 }, titles: ['President'], articles: 3 } };
    const match = linker.matchEntity(trump, record, [old]);
    expect(match).toMatchObject({ id: 7 });
    const update = linker.mergeProfile(old, trump, record);
    expect(update.name).toBe('Donald Trump');
    expect(update.profile.aliases).toEqual(expect.arrayContaining(['Donald J. Trump', 'Trump']));
    const keys = linker.storyKeys(record, { e1: 7 });
    expect(keys).toContain('e:7');
    const story = linker.addToStory(null, record, { e1: 7 });
    expect(story.title).toBe('Talks');
    const candidate = { id: 3, title: 'Talks', signature: story.signature, articleCount: 1, firstPublished: '2025-03-05', lastPublished: '2025-03-05' };
    expect(linker.chooseStory(record, { e1: 7 }, [candidate])?.id).toBe(3);
    expect(linker.storyWindow(record)).toEqual({ from: '2025-02-24', to: '2025-03-16' });
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
