// What every browser test needs: the built web app, a fresh SQLite corpus, the real HTTP server over
// it, and one headless Chromium page that records uncaught page errors. Also PolNeAR articles read from
// /work/shared at test time (never copied into the repo), ingested the way `storyline ingest` does.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ingestArticle } from '../../../src/app/ingest.js';
import { openStore } from '../../../src/store/open-store.js';
import type { Store } from '../../../src/store/store.js';
import { createContext } from '../../../src/surfaces/http/context.js';
import { startServer, type Running } from '../http/start-server.js';
import { launchBrowser } from './browser.js';
import { ensureWebBuild, ROOT, WEB_ROOT } from './build-web.js';
import { articleSource } from '../../../src/core/article-source.js';

export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const SEED = resolve(ROOT, '../shared/data/seed/seed.jsonl');
export const POLNEAR_DEV = resolve(ROOT, '../shared/data/polnear/dev.jsonl');

export interface Web {
  store: Store;
  server: Running;
  browser: Browser;
  page: Page;
  pageErrors: string[];
  close(): Promise<void>;
}

export async function startWeb(options: { allowPrivate?: boolean } = {}): Promise<Web> {
  await ensureWebBuild();
  mkdirSync(ARTIFACTS, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'storyline-web-'));
  const store = await openStore(join(tmp, 'corpus.db'));
  const server = await startServer({ context: createContext({ store, allowPrivate: options.allowPrivate }), webRoot: WEB_ROOT });
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return {
    store, server, browser, page, pageErrors,
    async close() {
      await browser.close();
      await server.close();
      await store.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

interface PolnearLine {
  id: string;
  publisher: string;
  published: string;
  title: string;
  text: string;
}

/** The PolNeAR dev articles with these ids (the file's own ids), in the order given. */
export function polnearArticles(ids: string[]): PolnearLine[] {
  const byId = new Map<string, PolnearLine>();
  for (const line of readFileSync(POLNEAR_DEV, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as PolnearLine;
    if (ids.includes(a.id)) byId.set(a.id, a);
  }
  return ids.map((id) => {
    const a = byId.get(id);
    if (!a) throw new Error(`${id} is not in ${POLNEAR_DEV}`);
    return a;
  });
}

/** Ingests articles with their publisher, as `storyline ingest file.jsonl` does; returns their story ids. */
export async function ingest(store: Store, articles: PolnearLine[]): Promise<(number | null)[]> {
  const stories = [];
  for (const a of articles) {
    const saved = await ingestArticle(store, articleSource({
      id: a.id, text: a.text, title: a.title, published: a.published, publisher: a.publisher, location: POLNEAR_DEV,
    }));
    stories.push(saved.storyId);
  }
  return stories;
}
