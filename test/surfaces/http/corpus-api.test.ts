// The corpus routes over real HTTP with a real SQLite store in a temp directory: articles saved
// through POST /extract (save: true) come back through /articles, /quotes, /entities and /stories.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryRecord } from '../../../src/core/record.js';
import { openStore } from '../../../src/store/open-store.js';
import type { EntityDetail, EntitySummary, QuoteRow, StoredArticle, StoryDetail, StorySummary } from '../../../src/store/store.js';
import { createContext } from '../../../src/surfaces/http/context.js';
import { json, startServer, type Running } from './start-server.js';

const SEED = resolve(import.meta.dirname, '../../../../shared/data/seed/seed.jsonl');

// Two short reports of our own about one event, two days apart, sharing their main actors.
const LIMA_1 =
  'Ana Ruiz, the mayor of Lima, said on Tuesday that the Rimac bridge would reopen in March. ' +
  '"We will rebuild the bridge by March," Ms Ruiz told reporters in Lima. Acme Group will carry out the work.';
const LIMA_2 =
  'The mayor of Lima, Ana Ruiz, said the repairs to the Rimac bridge would cost $2 million. ' +
  '"The bridge is our first priority," Ruiz said on Thursday. Acme Group said the work would begin in April.';

let tmp = '';
let server: Running;
let closeStore: () => Promise<void>;

const get = async <T,>(path: string): Promise<{ status: number; body: T }> => {
  const res = await fetch(`${server.base}${path}`);
  return { status: res.status, body: (await json(res)) as T };
};

async function save(body: Record<string, unknown>): Promise<{ record: StoryRecord; stored: { articleId: string; status: string; storyId: number | null } }> {
  const res = await fetch(`${server.base}/extract`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...body, save: true }),
  });
  expect(res.status).toBe(200);
  return (await json(res)) as never;
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'storyline-http-'));
  const store = await openStore(join(tmp, 'corpus.db'));
  closeStore = () => store.close();
  server = await startServer({ context: createContext({ store }) });
  const seed = JSON.parse(readFileSync(SEED, 'utf8').split('\n')[0]) as { id: string; published: string; text: string };
  await save({ id: seed.id, text: seed.text, published: seed.published, title: 'Putin praises US efforts before Alaska summit' });
  await save({ id: 'lima-1', text: LIMA_1, published: '2025-03-04', title: 'Lima bridge to reopen' });
  await save({ id: 'lima-2', text: LIMA_2, published: '2025-03-06', title: 'Lima bridge repairs to cost $2m' });
});

afterAll(async () => {
  await server?.close();
  await closeStore?.();
  rmSync(tmp, { recursive: true, force: true });
});

describe('saving through POST /extract', () => {
  it('reports an unchanged article when the same content is saved again', async () => {
    const again = await save({ id: 'lima-1', text: LIMA_1, published: '2025-03-04', title: 'Lima bridge to reopen' });
    expect(again.stored.status).toBe('unchanged');
  });
});

describe('GET /articles', () => {
  it('lists stored articles newest first', async () => {
    const { status, body } = await get<{ articles: { id: string }[] }>('/articles');
    expect(status).toBe(200);
    expect(body.articles.map((a) => a.id)).toEqual(['alaska-summit', 'lima-2', 'lima-1']);
  });

  it('filters by words and dates', async () => {
    expect((await get<{ articles: { id: string }[] }>('/articles?q=Anchorage')).body.articles.map((a) => a.id)).toEqual(['alaska-summit']);
    expect((await get<{ articles: { id: string }[] }>('/articles?since=2025-03-05&until=2025-03-31')).body.articles.map((a) => a.id)).toEqual(['lima-2']);
  });

  it('returns one article with its record, and 404 for an unknown id', async () => {
    const { status, body } = await get<StoredArticle>('/articles/lima-1');
    expect(status).toBe(200);
    expect(body.record.text).toBe(LIMA_1);
    expect(body.meta.title).toBe('Lima bridge to reopen');
    const missing = await get<{ error: { code: string } }>('/articles/no-such-article');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('E_NOT_FOUND');
  });
});

describe('GET /quotes', () => {
  it('finds a quote by its words, attributed to its speaker', async () => {
    const { body } = await get<{ quotes: QuoteRow[] }>('/quotes?q=sincere+efforts');
    expect(body.quotes.length).toBeGreaterThan(0);
    expect(body.quotes.every((q) => /sincere/i.test(q.content))).toBe(true);
    expect(body.quotes.map((q) => q.speaker)).toContain('Vladimir Putin');
  });

  it('finds all quotes of a speaker by alias, and by id', async () => {
    const byName = (await get<{ quotes: QuoteRow[] }>('/quotes?speaker=Putin')).body.quotes;
    expect(byName.length).toBeGreaterThanOrEqual(2);
    expect(new Set(byName.map((q) => q.speaker))).toEqual(new Set(['Vladimir Putin']));
    const byId = (await get<{ quotes: QuoteRow[] }>(`/quotes?speakerId=${byName[0].speakerId}`)).body.quotes;
    expect(byId.map((q) => q.id).sort()).toEqual(byName.map((q) => q.id).sort());
  });

  it('filters by article and dates, and pages', async () => {
    const lima = (await get<{ quotes: QuoteRow[] }>('/quotes?article=lima-2')).body.quotes;
    expect(lima.length).toBeGreaterThan(0);
    expect(lima.every((q) => q.article.id === 'lima-2')).toBe(true);
    const march = (await get<{ quotes: QuoteRow[] }>('/quotes?until=2025-03-31')).body.quotes;
    expect(march.every((q) => q.article.id.startsWith('lima-'))).toBe(true);
    const page = (await get<{ quotes: QuoteRow[] }>('/quotes?limit=1&offset=1')).body.quotes;
    expect(page).toHaveLength(1);
  });

  it.each([
    ['/quotes?limit=0', 'query.limit'],
    ['/quotes?limit=abc', 'query.limit'],
    ['/quotes?since=yesterday', 'query.since'],
    ['/quotes?speakerId=-3', 'query.speakerId'],
  ])('refuses %s with 400 naming %s', async (path, field) => {
    const { status, body } = await get<{ error: { code: string; message: string } }>(path);
    expect(status).toBe(400);
    expect(body.error.code).toBe('E_VALIDATION');
    expect(body.error.message).toContain(field);
  });
});

describe('GET /entities', () => {
  it('finds an entity by alias and shows its aliases and titles', async () => {
    const found = (await get<{ entities: EntitySummary[] }>('/entities?name=Putin')).body.entities;
    expect(found[0]?.name).toBe('Vladimir Putin');
    const { body } = await get<EntityDetail>(`/entities/${found[0].id}`);
    expect(body.quoteCount).toBeGreaterThan(0);
    expect(body.aliases.map((a) => a.alias)).toContain('Putin');
    expect(body.titles.map((t) => t.title.toLowerCase()).join(' ')).toContain('president');
  });

  it('lists the most mentioned entities of a type', async () => {
    const people = (await get<{ entities: EntitySummary[] }>('/entities?type=PERSON&limit=5')).body.entities;
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((e) => e.type === 'PERSON')).toBe(true);
    expect((await get('/entities?type=ANIMAL')).status).toBe(400);
    expect((await get('/entities/999999')).status).toBe(404);
  });
});

describe('GET /stories', () => {
  it('groups the two Lima reports into one story with both articles in date order', async () => {
    const lima1 = (await get<StoredArticle>('/articles/lima-1')).body;
    const lima2 = (await get<StoredArticle>('/articles/lima-2')).body;
    expect(lima1.meta.storyId).not.toBeNull();
    expect(lima2.meta.storyId).toBe(lima1.meta.storyId);
    const stories = (await get<{ stories: StorySummary[] }>('/stories')).body.stories;
    expect(stories.find((s) => s.id === lima1.meta.storyId)?.articleCount).toBe(2);
    const story = (await get<StoryDetail>(`/stories/${lima1.meta.storyId}`)).body;
    expect(story.articles.map((a) => a.id)).toEqual(['lima-1', 'lima-2']);
    expect(story.entities.map((e) => e.name)).toContain('Ana Ruiz');
  });

  it('gives the story timeline: entries from both articles, ordered by date', async () => {
    const storyId = (await get<StoredArticle>('/articles/lima-1')).body.meta.storyId;
    type Entry = { date: string | null; kind: string; content: string | null; speaker: string | null; source: { articleId: string } };
    const { status, body } = await get<{ entries: Entry[] }>(`/stories/${storyId}/timeline`);
    expect(status).toBe(200);
    expect(new Set(body.entries.map((e) => e.source.articleId))).toEqual(new Set(['lima-1', 'lima-2']));
    const dates = body.entries.map((e) => e.date ?? '').filter((d) => d !== '');
    expect([...dates].sort()).toEqual(dates);
    const rebuild = body.entries.find((e) => e.kind === 'quote' && e.content?.includes('We will rebuild the bridge'));
    expect(rebuild?.speaker).toBe('Ana Ruiz');
    expect((await get('/stories/999999/timeline')).status).toBe(404);
    expect((await get('/stories/abc/timeline')).status).toBe(400);
  });
});
