// The corpus on real news: all 840 PolNeAR train articles (../shared, read in place) ingested by the
// built CLI into one SQLite file that every check here shares (extraction is the slow part). Ingested
// twice, the row counts do not change; Donald Trump's quotes come from all 7 publishers under one
// entity; Hillary Clinton's entity lists her aliases.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { EntityLookup } from '../../src/app/query.js';
import type { QuoteRow } from '../../src/store/store.js';
import { ensureBuilt, ROOT, storyline } from '../helpers/built-cli.js';

const TRAIN = resolve(ROOT, '../shared/data/polnear/train.jsonl');
let dir = '';
let db = '';
let first = { status: null as number | null, stderr: '' };

async function counts(): Promise<Record<string, number>> {
  const store = await openStore(db);
  try {
    return await store.counts();
  } finally {
    await store.close();
  }
}

describe.skipIf(!existsSync(TRAIN))('PolNeAR train corpus (needs ../shared/data/polnear/train.jsonl)', () => {
  beforeAll(async () => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'storyline-polnear-'));
    db = join(dir, 'corpus.db');
    first = await storyline(['ingest', TRAIN, '--db', db], dir);
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests all 840 articles, and ingesting them again changes no row', async () => {
    expect(first.stderr).toContain('840 new, 0 revised, 0 unchanged, 0 failed');
    expect(first.status).toBe(0);
    const before = await counts();
    expect(before).toMatchObject({ articles: 840, article_revisions: 840, story_articles: 840 });
    expect(before.quotes).toBeGreaterThan(10_000);
    const again = await storyline(['ingest', TRAIN, '--db', db], dir);
    expect(again.stderr).toContain('0 new, 0 revised, 840 unchanged, 0 failed');
    expect(again.status).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it('storyline quotes --speaker "Donald Trump": quotes from all 7 publishers under one entity', async () => {
    const r = await storyline(['quotes', '--speaker', 'Donald Trump', '--json', '--limit', '100000', '--db', db], dir);
    expect(r.status).toBe(0);
    const quotes = JSON.parse(r.stdout) as QuoteRow[];
    expect(quotes.length).toBeGreaterThan(500);
    expect(new Set(quotes.map((q) => q.speakerId)).size).toBe(1);
    expect(new Set(quotes.map((q) => q.speaker))).toEqual(new Set(['Donald Trump']));
    expect(new Set(quotes.map((q) => q.article.publisher)).size).toBe(7);
    for (const q of quotes.slice(0, 50)) {
      expect(q.content.length).toBeGreaterThan(0);
      expect(q.article.id).toMatch(/_\d{4}-\d{2}-\d{2}_/);
      expect(q.date).toMatch(/^\d{4}-\d{2}-\d{2}/);
    }
    // On a terminal-like call without --json: a table with the same speaker.
    const table = await storyline(['quotes', '--speaker', 'Donald Trump', '--limit', '3', '--db', db], dir);
    expect(table.stdout.split('\n')[0]).toMatch(/^date\s+speaker\s+publisher\s+article\s+quote/);
  });

  it('storyline entity "Hillary Clinton" lists her aliases, titles and publishers', async () => {
    const r = await storyline(['entity', 'Hillary Clinton', '--json', '--db', db], dir);
    expect(r.status).toBe(0);
    const { entity } = JSON.parse(r.stdout) as EntityLookup;
    expect(entity).toMatchObject({ name: 'Hillary Clinton', type: 'PERSON' });
    expect(entity!.articleCount).toBeGreaterThan(400);
    const aliases = entity!.aliases.map((a) => a.alias);
    expect(aliases).toEqual(expect.arrayContaining(['Hillary Clinton', 'Clinton', 'Hillary', 'Hillary Rodham Clinton']));
    expect(entity!.publishers).toHaveLength(7);
    expect(entity!.titles.length).toBeGreaterThan(0);
    const text = await storyline(['entity', 'Hillary Clinton', '--db', db], dir);
    expect(text.stdout).toContain('Hillary Rodham Clinton');
  });

  it('lists stories, shows one with its timeline, and exports it', async () => {
    const stories = JSON.parse((await storyline(['stories', '--json', '--db', db], dir)).stdout) as { id: number; articleCount: number }[];
    // Related articles are grouped (the largest story has several), and no story swallows weeks of
    // campaign coverage (without idf weights, ingested in date order, the largest held 50 articles).
    expect(stories[0].articleCount).toBeGreaterThanOrEqual(3);
    expect(stories[0].articleCount).toBeLessThan(15);
    const story = JSON.parse((await storyline(['story', String(stories[0].id), '--json', '--db', db], dir)).stdout) as { articles: unknown[] };
    expect(story.articles).toHaveLength(stories[0].articleCount);
    const timeline = JSON.parse((await storyline(['timeline', String(stories[0].id), '--json', '--db', db], dir)).stdout) as { date: string | null }[];
    expect(timeline.length).toBeGreaterThan(0);
    const dated = timeline.map((t) => t.date).filter((d): d is string => d != null);
    expect(dated).toEqual([...dated].sort());
    const jsonl = await storyline(['export', '--format', 'jsonl', '--story', String(stories[0].id), '--db', db], dir);
    expect(jsonl.stdout.trim().split('\n')).toHaveLength(stories[0].articleCount);
  });

  // Last: it changes the corpus.
  it('storyline entity --split moves articles to a new entity, which then answers to its own id', async () => {
    const before = (JSON.parse((await storyline(['entity', 'Hillary Clinton', '--json', '--db', db], dir)).stdout) as EntityLookup).entity!;
    const moved = [...new Set(before.evidence.map((e) => e.articleId))].slice(0, 2);
    const missing = await storyline(['entity', '--split', String(before.id), '--db', db], dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--split needs --articles');
    const r = await storyline(['entity', '--split', String(before.id), '--articles', moved.join(','), '--json', '--db', db], dir);
    expect(r.status).toBe(0);
    const { from, created } = JSON.parse(r.stdout) as { from: number; created: number };
    expect(from).toBe(before.id);
    const split = (JSON.parse((await storyline(['entity', String(created), '--json', '--db', db], dir)).stdout) as EntityLookup).entity!;
    expect(split).toMatchObject({ id: created, type: 'PERSON', articleCount: 2 });
    const after = (JSON.parse((await storyline(['entity', String(before.id), '--json', '--db', db], dir)).stdout) as EntityLookup).entity!;
    expect(after.articleCount).toBe(before.articleCount - 2);
  });
});
