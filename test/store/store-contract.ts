// The store contract: the same cases run against every backend (sqlite.test.ts, postgres.test.ts),
// Kysely-style. Each case opens a fresh, empty store through `open`.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CorpusLinker, Store } from '../../src/store/store.js';
import { buildArticle } from './build-record.js';
import { testLinker } from './name-linker.js';

const linker = testLinker();

const trumpA = () =>
  buildArticle('[[Donald Trump|PERSON]] spoke in [[Iowa|GPE]]. [[Trump|PERSON|Donald Trump]] said: "{{We will build the wall}}." [[Hillary Clinton|PERSON]] said {{the ceasefire must hold}}.', {
    id: 'a1', published: '2015-11-10', title: 'Trump in Iowa', publisher: 'breitbart', url: 'https://example.test/a1',
    titles: { 'Donald Trump': ['businessman'] }, amounts: [['Iowa', 1, 'count']],
  }, { author: 'Jane Roe' });
const trumpB = () =>
  buildArticle('[[Trump|PERSON]] answered [[Hillary Rodham Clinton|PERSON]] again. [[Trump|PERSON]] said {{ceasefires are for losers}}.', {
    id: 'b1', published: '2015-11-12', title: 'Trump answers Clinton', publisher: 'nytimes', titles: { Trump: ['candidate'] },
  });
const other = () =>
  buildArticle('[[Angela Merkel|PERSON]] met [[Emmanuel Macron|PERSON]] in [[Berlin|GPE]]. [[Merkel|PERSON|Angela Merkel]] said {{Europe stands together}}.', {
    id: 'c1', published: '2015-11-11', title: 'Berlin talks', publisher: 'guardian',
  });

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores an article once; re-saving the same content changes nothing', async () => {
      const first = await store.saveArticle(trumpA(), linker);
      expect(first).toMatchObject({ articleId: 'a1', status: 'inserted', revision: 1 });
      const counts = await store.counts();
      expect(counts.articles).toBe(1);
      expect(counts.quotes).toBe(2);
      const again = await store.saveArticle(trumpA(), linker);
      expect(again).toMatchObject({ status: 'unchanged', revision: 1 });
      expect(await store.counts()).toEqual(counts);
      expect(await store.articleState('a1')).toEqual({ revision: 1, contentHash: trumpA().contentHash });
    });

    it('stores a changed article as a new revision and replaces its quotes, links and amounts', async () => {
      await store.saveArticle(trumpA(), linker);
      const changed = buildArticle('[[Donald Trump|PERSON]] spoke in [[Ohio|GPE]]. [[Trump|PERSON|Donald Trump]] said: "{{We will win}}."', { id: 'a1', published: '2015-11-10', title: 'Trump in Ohio', publisher: 'breitbart' });
      const r = await store.saveArticle(changed, linker);
      expect(r).toMatchObject({ status: 'revised', revision: 2 });
      const counts = await store.counts();
      expect(counts).toMatchObject({ articles: 1, article_revisions: 2, quotes: 1, amounts: 0, article_entities: 2, story_articles: 1 });
      // Iowa and Hillary Clinton were only in revision 1: no article links them any more.
      expect(await store.findEntities('Iowa')).toEqual([]);
      const stored = await store.article('a1');
      expect(stored?.record.title).toBe('Trump in Ohio');
      expect(stored?.meta.revision).toBe(2);
    });

    it('keeps input metadata and maps article entities to corpus entities', async () => {
      const saved = await store.saveArticle(trumpA(), linker);
      const stored = await store.article('a1');
      expect(stored?.meta).toMatchObject({ id: 'a1', publisher: 'breitbart', url: 'https://example.test/a1', published: '2015-11-10', meta: { author: 'Jane Roe' } });
      expect(stored?.entityIds).toEqual(saved.entityIds);
      expect(stored?.record.text).toBe(trumpA().record.text);
      expect(await store.article('nope')).toBeNull();
    });

    it('merges one person across articles and keeps aliases, titles over time and evidence', async () => {
      const a = await store.saveArticle(trumpA(), linker);
      const b = await store.saveArticle(trumpB(), linker);
      expect(b.entityIds.e1).toBe(a.entityIds.e1);
      const [trump] = await store.findEntities('Donald Trump');
      expect(trump).toMatchObject({ id: a.entityIds.e1, name: 'Donald Trump', type: 'PERSON', articleCount: 2, quoteCount: 2 });
      const detail = await store.entity(trump.id);
      expect(detail?.aliases.map((x) => x.alias).sort()).toEqual(['Donald Trump', 'Trump']);
      expect(detail?.titles.map((t) => [t.title, t.first])).toEqual([['businessman', '2015-11-10'], ['candidate', '2015-11-12']]);
      expect(detail?.publishers).toEqual(['breitbart', 'nytimes']);
      expect(detail?.evidence.map((e) => e.articleId)).toEqual(['a1', 'b1']);
      // Found by an alias too.
      expect((await store.findEntities('trump'))[0]?.id).toBe(trump.id);
      expect(await store.entity(999_999)).toBeNull();
    });

    it('finds quotes by speaker, words (stemmed) and dates, with their article', async () => {
      await store.saveArticle(trumpA(), linker);
      await store.saveArticle(trumpB(), linker);
      await store.saveArticle(other(), linker);
      const trump = await store.quotes({ speaker: 'Donald Trump' });
      expect(trump.map((q) => q.content)).toEqual(['ceasefires are for losers', 'We will build the wall']);
      expect(trump[0]).toMatchObject({ speaker: 'Donald Trump', date: '2015-11-12', direct: true, article: { id: 'b1', title: 'Trump answers Clinton', publisher: 'nytimes', url: null } });
      expect(new Set(trump.map((q) => q.speakerId)).size).toBe(1);
      const ceasefire = await store.quotes({ about: 'ceasefire' });
      expect(ceasefire.map((q) => q.content).sort()).toEqual(['ceasefires are for losers', 'the ceasefire must hold']);
      expect((await store.quotes({ speaker: 'Donald Trump', about: 'ceasefire' })).map((q) => q.article.id)).toEqual(['b1']);
      expect((await store.quotes({ since: '2015-11-11', until: '2015-11-11' })).map((q) => q.content)).toEqual(['Europe stands together']);
      expect(await store.quotes({ speaker: 'Nobody Known' })).toEqual([]);
      expect(await store.quotes({ about: '"AND OR (' })).toEqual([]);
      expect(await store.quotes({ limit: 2 })).toHaveLength(2);
    });

    it('splits a wrong merge: the given articles move to a new entity with their quotes', async () => {
      const a = await store.saveArticle(trumpA(), linker);
      await store.saveArticle(trumpB(), linker);
      const id = a.entityIds.e1;
      const split = await store.splitEntity(id, ['b1']);
      expect(split).not.toBe(id);
      expect((await store.entity(id))?.articleCount).toBe(1);
      const moved = await store.entity(split);
      expect(moved).toMatchObject({ name: 'Trump', articleCount: 1, quoteCount: 1 });
      expect(moved?.evidence[0].evidence).toMatchObject({ split: { from: id } });
      expect((await store.quotes({ speakerId: split })).map((q) => q.article.id)).toEqual(['b1']);
      await expect(store.splitEntity(id, ['a1'])).rejects.toThrow(/all of it/);
      await store.setEntityProfile(split, { name: 'Donald J. Trump', type: 'PERSON', profile: { note: 'renamed' } });
      expect((await store.findEntities('Donald J. Trump'))[0]?.id).toBe(split);
    });

    it('groups related articles into a story and lists its articles, entities and amounts', async () => {
      const a = await store.saveArticle(trumpA(), linker);
      const b = await store.saveArticle(trumpB(), linker);
      const c = await store.saveArticle(other(), linker);
      expect(b.storyId).toBe(a.storyId);
      expect(c.storyId).not.toBe(a.storyId);
      const stories = await store.stories();
      expect(stories[0]).toMatchObject({ id: a.storyId, articleCount: 2, firstPublished: '2015-11-10', lastPublished: '2015-11-12', publishers: ['breitbart', 'nytimes'] });
      const story = await store.story(a.storyId!);
      expect(story?.articles.map((x) => x.id)).toEqual(['a1', 'b1']);
      expect(story?.entities[0]).toMatchObject({ name: 'Donald Trump', articles: 2 });
      const amounts = await store.storyAmounts(a.storyId!);
      expect(amounts).toEqual([expect.objectContaining({ articleId: 'a1', publisher: 'breitbart', value: 1, unit: 'count', text: 'Iowa' })]);
      expect(amounts[0].context).toContain('spoke in Iowa');
      expect(await store.story(999_999)).toBeNull();
    });

    it('lists and iterates articles by date, story and words', async () => {
      for (const a of [trumpB(), other(), trumpA()]) await store.saveArticle(a, linker);
      const ids: string[] = [];
      for await (const a of store.articles()) ids.push(a.record.id);
      expect(ids).toEqual(['a1', 'c1', 'b1']);
      const since: string[] = [];
      for await (const a of store.articles({ since: '2015-11-11' })) since.push(a.meta.id);
      expect(since).toEqual(['c1', 'b1']);
      expect((await store.listArticles({ q: 'Berlin' })).map((a) => a.id)).toEqual(['c1']);
      expect((await store.listArticles({ limit: 1 })).map((a) => a.id)).toEqual(['b1']);
      const top = await store.topEntities({ type: 'PERSON', limit: 1 });
      expect(top[0]).toMatchObject({ name: 'Donald Trump', articleCount: 2 });
    });

    it('rolls back the whole article when anything fails inside its transaction', async () => {
      await store.saveArticle(other(), linker);
      const before = await store.counts();
      const failing: CorpusLinker = { ...linker, chooseStory: () => { throw new Error('boom'); } };
      await expect(store.saveArticle(trumpA(), failing)).rejects.toThrow('boom');
      expect(await store.counts()).toEqual(before);
      expect(await store.articleState('a1')).toBeNull();
      // The store is still usable afterwards.
      expect((await store.saveArticle(trumpA(), linker)).status).toBe('inserted');
    });

    it('saves a batch in one commit, each article whole: a failing one is undone alone', async () => {
      const failing: CorpusLinker = { ...linker, chooseStory: (r, ids, c) => { if (r.id === 'b1') throw new Error('boom'); return linker.chooseStory(r, ids, c); } };
      const results = await store.saveArticles([trumpA(), trumpB(), other(), trumpA()], failing);
      expect(results.map((r) => (r instanceof Error ? r.message : r.status))).toEqual(['inserted', 'boom', 'inserted', 'unchanged']);
      expect(await store.articleState('b1')).toBeNull();
      expect(await store.counts()).toMatchObject({ articles: 2, quotes: 3, story_articles: 2 });
      expect((await store.findEntities('Donald Trump'))[0]).toMatchObject({ articleCount: 1, quoteCount: 1 });
    });

    it('keeps search rows and counts exact within one batch: an article revised in it, another failing', async () => {
      // The SQLite store holds full-text rows and entity counts back until the batch commits.
      const revised = buildArticle('[[Donald Trump|PERSON]] spoke in [[Ohio|GPE]]. [[Trump|PERSON|Donald Trump]] said: "{{We will win the tariff fight}}."', {
        id: 'a1', published: '2015-11-10', title: 'Trump in Ohio', publisher: 'breitbart',
      });
      const failing: CorpusLinker = { ...linker, chooseStory: (r, ids, c) => { if (r.id === 'b1') throw new Error('boom'); return linker.chooseStory(r, ids, c); } };
      const results = await store.saveArticles([trumpA(), trumpB(), revised, other()], failing);
      expect(results.map((r) => (r instanceof Error ? r.message : r.status))).toEqual(['inserted', 'boom', 'revised', 'inserted']);
      expect((await store.quotes({ about: 'tariff' })).map((q) => q.content)).toEqual(['We will win the tariff fight']);
      expect(await store.quotes({ about: 'wall' })).toEqual([]);
      expect(await store.quotes({ about: 'ceasefire' })).toEqual([]);
      expect((await store.listArticles({ q: 'Ohio' })).map((a) => a.id)).toEqual(['a1']);
      expect(await store.listArticles({ q: 'Iowa' })).toEqual([]);
      expect((await store.listArticles({ q: 'Berlin' })).map((a) => a.id)).toEqual(['c1']);
      expect((await store.findEntities('Donald Trump'))[0]).toMatchObject({ articleCount: 1, quoteCount: 1 });
      expect((await store.findEntities('Angela Merkel'))[0]).toMatchObject({ articleCount: 1, quoteCount: 1 });
      expect(await store.findEntities('Hillary Clinton')).toEqual([]);
      // The next batch adds to the counts the first one wrote.
      await store.saveArticles([trumpB()], linker);
      expect((await store.findEntities('Donald Trump'))[0]).toMatchObject({ articleCount: 2, quoteCount: 2 });
      expect((await store.quotes({ about: 'ceasefire' })).map((q) => q.content)).toEqual(['ceasefires are for losers']);
    });

    it('serialises concurrent saves without duplicating entities', async () => {
      const results = await Promise.all([trumpA(), trumpB(), other()].map((a) => store.saveArticle(a, linker)));
      expect(results[1].entityIds.e1).toBe(results[0].entityIds.e1);
      expect((await store.findEntities('Donald Trump'))).toHaveLength(1);
    });
  });
}
