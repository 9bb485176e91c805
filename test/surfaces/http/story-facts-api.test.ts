// GET /stories/:id/facts over real HTTP: the seed article's story gives its places (geocoded, not
// nationalities) and its figures with the consistency check each took part in (the $1.5 billion total
// against its three $500 million parts), checked ones first; GET /stories/:id/timeline gives each
// quote's cue. Unknown stories answer 404.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../../src/app/query.js';
import type { StoryFacts } from '../../../src/app/story-facts.js';
import { openStore } from '../../../src/store/open-store.js';
import type { Store } from '../../../src/store/store.js';
import { createContext } from '../../../src/surfaces/http/context.js';
import { startServer, type Running } from './start-server.js';

const SEED = resolve(import.meta.dirname, '../../../../shared/data/seed/seed.jsonl');

let tmp = '';
let store: Store;
let server: Running;
let storyId = 0;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'storyline-facts-'));
  store = await openStore(join(tmp, 'corpus.db'));
  server = await startServer({ context: createContext({ store }) });
  const seed = JSON.parse(readFileSync(SEED, 'utf8').split('\n')[0]) as { id: string; text: string; published: string };
  const res = await fetch(`${server.base}/extract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...seed, save: true }) });
  storyId = ((await res.json()) as { stored: { storyId: number } }).stored.storyId;
});

afterAll(async () => {
  await server?.close();
  await store?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('GET /stories/:id/facts', () => {
  it('lists the places, without nationalities', async () => {
    const facts = (await (await fetch(`${server.base}/stories/${storyId}/facts`)).json()) as StoryFacts;
    const names = facts.places.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Alaska', 'Ukraine', 'Kyiv']));
    expect(names).not.toContain('Russian');
    expect(facts.places.every((p) => p.articles === 1 && p.type !== 'NORP')).toBe(true);
  });

  it('gives every figure, the checked ones first with their status', async () => {
    const facts = (await (await fetch(`${server.base}/stories/${storyId}/facts`)).json()) as StoryFacts;
    const checked = facts.figures.filter((f) => f.checks.length);
    expect(checked.map((f) => f.value)).toEqual([1_500_000_000, 500_000_000, 500_000_000, 500_000_000]);
    expect(facts.figures.slice(0, 4)).toEqual(checked);
    expect(checked.every((f) => f.checks[0].check === 'sum' && f.checks[0].status === 'consistent')).toBe(true);
    expect(facts.figures.length).toBeGreaterThan(checked.length);
  });

  it('answers 404 for an unknown story', async () => {
    expect((await fetch(`${server.base}/stories/999999/facts`)).status).toBe(404);
  });
});

describe('GET /stories/:id/timeline', () => {
  it('gives each quote its cue', async () => {
    const { entries } = (await (await fetch(`${server.base}/stories/${storyId}/timeline`)).json()) as { entries: TimelineEntry[] };
    const sincere = entries.find((e) => e.kind === 'quote' && e.content?.includes('quite energetic and sincere efforts'));
    expect(sincere?.cue).toBe('said');
    expect(entries.filter((e) => e.kind === 'event').every((e) => e.cue === null)).toBe(true);
  });
});
