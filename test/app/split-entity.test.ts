// Splitting a wrong merge (src/app/split-entity.ts): the articles' mentions move to a new entity, and
// both entities' matching profiles are rebuilt from the articles each now holds, so later articles
// are matched against what each actor really is.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultLinker } from '../../src/app/corpus-linker.js';
import { splitEntity } from '../../src/app/split-entity.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { buildArticle } from '../store/build-record.js';

const lee = (id: string, published: string, title: string, words: string) =>
  buildArticle(`[[Jordan Lee|PERSON]] said {{${words}}}.`, { id, published, title: `${title} ${id}`, titles: { 'Jordan Lee': [title] } });

describe('splitEntity (app)', () => {
  let dir: string;
  let store: Store;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'storyline-split-'));
    store = await openStore(join(dir, 'corpus.db'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('moves the articles and rebuilds both profiles: a later article joins the right one', async () => {
    const linker = defaultLinker();
    for (const a of [lee('a1', '2016-01-01', 'senator', 'the budget holds'), lee('a2', '2016-01-02', 'coach', 'the team played well'), lee('a3', '2016-01-03', 'senator', 'taxes will fall')]) {
      await store.saveArticle(a, linker);
    }
    const [merged] = await store.findEntities('Jordan Lee');
    expect(merged.articleCount).toBe(3);

    const created = await splitEntity(store, merged.id, ['a2']);
    const senator = await store.entity(merged.id);
    const coach = await store.entity(created);
    expect(senator).toMatchObject({ name: 'Jordan Lee', articleCount: 2, quoteCount: 2 });
    expect(coach).toMatchObject({ name: 'Jordan Lee', type: 'PERSON', articleCount: 1, quoteCount: 1 });
    expect(coach?.titles.map((t) => t.title)).toEqual(['coach']);

    // A new article about the coach: its title matches only the rebuilt coach profile.
    const later = await store.saveArticle(lee('a4', '2016-01-04', 'coach', 'we start training'), defaultLinker());
    expect(later.entityIds.e1).toBe(created);
    const again = await store.saveArticle(lee('a5', '2016-01-05', 'senator', 'the bill passes'), defaultLinker());
    expect(again.entityIds.e1).toBe(merged.id);
  });
});
