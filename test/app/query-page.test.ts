// A page of quotes or stories says how many rows follow it, so `storyline quotes` and `stories` can
// print "N more (use --limit N)" instead of stopping silently at 50 and 30 rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findQuotesPage, storiesPage } from '../../src/app/query.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { buildArticle } from '../store/build-record.js';
import { testLinker } from '../store/name-linker.js';

const dir = mkdtempSync(join(tmpdir(), 'storyline-page-'));
let store: Store;

beforeAll(async () => {
  store = await openStore(join(dir, 'page.db'));
  const linker = testLinker();
  const topics = ['the harbour', 'the budget', 'the railway', 'the school', 'the bridge'];
  for (const [i, topic] of topics.entries()) {
    await store.saveArticle(buildArticle(`[[Ana Ruiz|PERSON]] said {{${topic} comes first}}.`, { id: `a${i}`, published: `2025-03-0${i + 1}`, title: `On ${topic}`, publisher: 'gazette' }), linker);
  }
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('findQuotesPage', () => {
  it('counts the quotes past the limit', async () => {
    const page = await findQuotesPage(store, { limit: 2 });
    expect(page.rows).toHaveLength(2);
    expect(page).toMatchObject({ more: 3, atLeast: false });
  });

  it('says nothing follows when the limit holds them all, or the filter leaves fewer', async () => {
    expect(await findQuotesPage(store, { limit: 5 })).toMatchObject({ more: 0 });
    expect(await findQuotesPage(store, { limit: 2, since: '2025-03-05' })).toMatchObject({ more: 0 });
    const filtered = await findQuotesPage(store, { limit: 1, since: '2025-03-03' });
    expect(filtered).toMatchObject({ more: 2 });
  });
});

describe('storiesPage', () => {
  it('counts the stories past the limit', async () => {
    const all = await storiesPage(store, { limit: 100 });
    expect(all.more).toBe(0);
    expect(all.rows.length).toBeGreaterThan(1);
    const first = await storiesPage(store, { limit: 1 });
    expect(first.rows).toHaveLength(1);
    expect(first.more).toBe(all.rows.length - 1);
  });
});
