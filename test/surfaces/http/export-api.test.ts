// GET /export over real HTTP with a real SQLite store: stored articles stream out as jsonl, csv,
// GKG and JSON-LD, filtered by story, dates and words.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryRecord } from '../../../src/core/record.js';
import { openStore } from '../../../src/store/open-store.js';
import type { StoredArticle } from '../../../src/store/store.js';
import { createContext } from '../../../src/surfaces/http/context.js';
import { json, startServer, type Running } from './start-server.js';

const SEED = resolve(import.meta.dirname, '../../../../shared/data/seed/seed.jsonl');
const LIMA_1 = 'Ana Ruiz, the mayor of Lima, said on Tuesday that the Rimac bridge would reopen in March. "We will rebuild the bridge by March," Ms Ruiz told reporters in Lima. Acme Group will carry out the work.';
const LIMA_2 = 'The mayor of Lima, Ana Ruiz, said the repairs to the Rimac bridge would cost $2 million. "The bridge is our first priority," Ruiz said on Thursday. Acme Group said the work would begin in April.';

let tmp = '';
let server: Running;
let closeStore: () => Promise<void>;

const get = async <T,>(path: string): Promise<{ status: number; body: T }> => {
  const res = await fetch(`${server.base}${path}`);
  return { status: res.status, body: (await json(res)) as T };
};

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'storyline-export-'));
  const store = await openStore(join(tmp, 'corpus.db'));
  closeStore = () => store.close();
  server = await startServer({ context: createContext({ store }) });
  const seed = JSON.parse(readFileSync(SEED, 'utf8').split('\n')[0]) as { id: string; published: string; text: string };
  for (const body of [
    { id: seed.id, text: seed.text, published: seed.published },
    { id: 'lima-1', text: LIMA_1, published: '2025-03-04' },
    { id: 'lima-2', text: LIMA_2, published: '2025-03-06' },
  ]) {
    const res = await fetch(`${server.base}/extract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...body, save: true }) });
    expect(res.status).toBe(200);
  }
});

afterAll(async () => {
  await server?.close();
  await closeStore?.();
  rmSync(tmp, { recursive: true, force: true });
});

describe('GET /export', () => {
  it('streams jsonl: one stored article per line with its record', async () => {
    const res = await fetch(`${server.base}/export?format=jsonl`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="storyline-export\.jsonl"/);
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as { record: StoryRecord });
    expect(lines.map((l) => l.record.id).sort()).toEqual(['alaska-summit', 'lima-1', 'lima-2']);
  });

  it('filters by story and writes the csv quotes table', async () => {
    const storyId = (await get<StoredArticle>('/articles/lima-1')).body.meta.storyId;
    const res = await fetch(`${server.base}/export?format=csv&story=${storyId}`);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const csv = await res.text();
    expect(csv).toContain('We will rebuild the bridge by March');
    expect(csv).not.toContain('sincere efforts');
  });

  it('writes GKG rows and a JSON-LD graph', async () => {
    const gkg = await (await fetch(`${server.base}/export?format=gkg&until=2025-03-31`)).text();
    expect(gkg.trim().split('\n')).toHaveLength(2);
    const jsonld = JSON.parse(await (await fetch(`${server.base}/export?format=jsonld&q=Anchorage`)).text()) as Record<string, unknown>;
    expect(JSON.stringify(jsonld)).toContain('Vladimir Putin');
  });

  it('refuses brat (a directory) and unknown formats with 400', async () => {
    const brat = await get<{ error: { code: string; message: string } }>('/export?format=brat');
    expect(brat.status).toBe(400);
    expect(brat.body.error.message).toMatch(/storyline export --format brat/);
    expect((await get('/export?format=xml')).status).toBe(400);
    expect((await get('/export')).status).toBe(400);
  });
});
