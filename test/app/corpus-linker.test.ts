// The linker ingest, the queue workers and the API hand to the store (src/app/corpus-linker.ts): the
// corpus algorithms on the store's shapes (numeric ids, JSON profiles and signatures).
import { describe, expect, it } from 'vitest';
import { defaultLinker } from '../../src/app/corpus-linker.js';
import { buildTimeline } from '../../src/corpus/stories/index.js';
import { compareQuantities } from '../../src/corpus/cross-source/index.js';
import { exportRecords } from '../../src/app/export/index.js';
import { testRecord } from '../../src/corpus/test-record.js';
import type { CorpusLinker, StoredArticle } from '../../src/store/store.js';

const record = testRecord({
  id: 'a1', published: '2025-03-06', title: 'Talks',
  text: 'Donald J. Trump met Zelenskyy. Trump said the talks went well.',
  entities: [
    { type: 'PERSON', name: 'Donald J. Trump' },
    { type: 'PERSON', name: 'Zelenskyy' },
    { type: 'ORG', name: 'Trump', forms: ['Trump@1'] },
  ],
});

describe('defaultLinker', () => {
  it('is a CorpusLinker, and stored articles pass straight to timelines, cross-source checks and exports', () => {
    const linker: CorpusLinker = defaultLinker();
    expect(typeof linker.matchEntity).toBe('function');
    // Type-level: this compiles only while the store's StoredArticle fits these inputs.
    const useStored = (a: StoredArticle[]) => [buildTimeline(a), compareQuantities(a), exportRecords('jsonl', a, {})];
    expect(useStored).toBeTypeOf('function');
  });

  it('groups the article, matches and merges an entity, and places the article in a story', () => {
    const linker = defaultLinker();
    expect(linker.groupEntities?.(record)).toEqual([['e1', 'e3'], ['e2']]);
    const trump = record.entities[0];
    expect(linker.entityKeys(trump, record)).toContain('per:trump');
    const stored = { id: 7, type: 'PERSON', name: 'Donald Trump', profile: { aliases: ['Donald Trump'], aliasCounts: { 'Donald Trump': 3 }, nameCounts: { 'Donald Trump': 3 }, articleCount: 3 } };
    expect(linker.matchEntity(trump, record, [stored])).toMatchObject({ id: 7 });
    const update = linker.mergeProfile(stored, trump, record);
    expect(update.name).toBe('Donald Trump');
    expect(update.profile.aliases).toEqual(expect.arrayContaining(['Donald Trump', 'Donald J. Trump', 'Trump']));
    expect(linker.storyKeys(record, { e1: 7 })).toContain('e:7');
    const story = linker.addToStory(null, record, { e1: 7 });
    expect(story.title).toBe('Talks');
    const candidate = { id: 3, title: 'Talks', signature: story.signature, articleCount: 1, firstPublished: '2025-03-05', lastPublished: '2025-03-05' };
    expect(linker.chooseStory(record, { e1: 7 }, [candidate])?.id).toBe(3);
    expect(linker.storyWindow?.(record)).toEqual({ from: '2025-02-24', to: '2025-03-16' });
  });

  it('weighs story terms by idf: a word most news articles use counts less than a rare one', () => {
    // "president" and "zoning" each occur twice; the table of document frequencies knows the first as common.
    const r = testRecord({ id: 'z1', published: '2025-03-06', title: null, text: 'The president spoke. Zoning rules changed. The president left. Zoning stays.' });
    const centroid = defaultLinker().addToStory(null, r, {}).signature.centroid as Record<string, number>;
    expect(centroid.zoning).toBeGreaterThan(centroid.president);
  });
});
