// End to end in headless Chromium against the real server and a real SQLite store: paste the seed
// article, see Putin's quotes attributed to him (panel, highlights, hover), search a quote, open a
// story. Screenshots go to test-artifacts/ (gitignored).
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/open-store.js';
import type { Store } from '../../../src/store/store.js';
import { createContext } from '../../../src/surfaces/http/context.js';
import { startServer, type Running } from '../http/start-server.js';
import { CHROMIUM, launchBrowser } from './browser.js';
import { ensureWebBuild, ROOT, WEB_ROOT } from './build-web.js';

const SEED = resolve(ROOT, '../shared/data/seed/seed.jsonl');
const ARTIFACTS = join(ROOT, 'test-artifacts');

// Two short reports of our own about one event, two days apart, for a story with a timeline.
const LIMA = [
  {
    id: 'lima-1',
    published: '2025-03-04',
    title: 'Lima bridge to reopen',
    text: 'Ana Ruiz, the mayor of Lima, said on Tuesday that the Rimac bridge would reopen in March. "We will rebuild the bridge by March," Ms Ruiz told reporters in Lima. Acme Group will carry out the work.',
  },
  {
    id: 'lima-2',
    published: '2025-03-06',
    title: 'Lima bridge repairs to cost $2m',
    text: 'The mayor of Lima, Ana Ruiz, said the repairs to the Rimac bridge would cost $2 million. "The bridge is our first priority," Ruiz said on Thursday. Acme Group said the work would begin in April.',
  },
];

describe.skipIf(!CHROMIUM)('web UI in headless Chromium (needs STORYLINE_CHROMIUM)', () => {
  let tmp = '';
  let store: Store;
  let server: Running;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await ensureWebBuild();
    mkdirSync(ARTIFACTS, { recursive: true });
    tmp = mkdtempSync(join(tmpdir(), 'storyline-web-'));
    store = await openStore(join(tmp, 'corpus.db'));
    server = await startServer({ context: createContext({ store }), webRoot: WEB_ROOT });
    for (const article of LIMA) {
      const res = await fetch(`${server.base}/extract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...article, save: true }) });
      expect(res.status).toBe(200);
    }
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (err) => pageErrors.push(err.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('shows the seed article with Putin\'s quotes attributed to him', async () => {
    const seed = JSON.parse(readFileSync(SEED, 'utf8').split('\n')[0]) as { text: string; published: string };
    await page.goto(`${server.base}/`);
    await page.fill('textarea[name=text]', seed.text);
    await page.fill('input[name=published]', seed.published);
    await page.check('input[name=save]');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=who-said-what]', { timeout: 60_000 });

    // The panel: a group for Vladimir Putin holding his words about "sincere efforts".
    const putin = page.locator('.speaker-group[data-speaker="Vladimir Putin"]');
    await expect(putin.count()).resolves.toBe(1);
    const said = await putin.locator('.quote-item').allTextContents();
    expect(said.length).toBeGreaterThanOrEqual(2);
    expect(said.join(' ')).toContain('quite energetic and sincere efforts');

    // The highlighted text: the same words are marked as spoken by him, in one speaker colour.
    const marks = page.locator('.mark.quote[data-speaker="Vladimir Putin"]');
    expect((await marks.allTextContents()).join('')).toContain('quite energetic and sincere efforts');
    const colours = await marks.evaluateAll((els) => [...new Set(els.map((e) => getComputedStyle(e).backgroundColor))]);
    expect(colours).toHaveLength(1);
    const trump = await page.locator('.mark.quote[data-speaker="Donald Trump"]').first().evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(trump).not.toBe(colours[0]);

    // Hover shows the canonical speaker, the cue and the channel.
    await page.locator('.mark.quote[data-speaker="Vladimir Putin"]', { hasText: 'quite energetic' }).first().hover();
    const card = await page.textContent('[data-testid=hover-card]');
    expect(card).toContain('Vladimir Putin');
    expect(card).toMatch(/cue: said/);
    expect(card).toMatch(/channel: in televised comments/);

    // The other panels are there, and the map has places drawn on it.
    await expect(page.locator('[data-testid=events] tbody tr').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('[data-testid=amounts] .flag-consistent').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('[data-testid=dates] tbody tr').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('[data-testid=places-map] .place-dot').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('[data-testid=places-map] path.country').count()).resolves.toBeGreaterThan(100);
    await page.screenshot({ path: join(ARTIFACTS, 'web-seed-article.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('finds a quote by its words, attributed to the speaker', async () => {
    await page.goto(`${server.base}/#/quotes`);
    await page.fill('input[name=q]', 'sincere efforts');
    await page.click('.search-form button[type=submit]');
    await page.waitForFunction(() => location.hash.includes('q=sincere'));
    const result = page.locator('.quote-result', { hasText: 'sincere efforts' }).first();
    await result.waitFor();
    expect(await result.getAttribute('data-speaker')).toBe('Vladimir Putin');

    // The speaker links to the entity page: aliases and quotes over time.
    await result.locator('.speaker a').click();
    await page.waitForSelector('[data-testid=entity-page] .timeline');
    expect(await page.textContent('[data-testid=entity-page] h2')).toBe('Vladimir Putin');
    expect(await page.textContent('[data-testid=entity-page] .timeline')).toContain('sincere efforts');
    await page.screenshot({ path: join(ARTIFACTS, 'web-entity.png'), fullPage: true });
  });

  it('opens a story: what was said and what happened, by day, from both articles', async () => {
    await page.goto(`${server.base}/#/stories`);
    await page.locator('[data-testid=stories] a', { hasText: 'Lima bridge' }).click();
    await page.waitForSelector('[data-testid=statements] .statement');
    const days = (await page.locator('[data-testid=events-by-day] .timeline-date').allTextContents()).filter((d) => d !== 'undated');
    expect([...days].sort()).toEqual(days);
    const sources = await page.locator('[data-testid=statements] .statement').evaluateAll((els) => els.map((e) => e.getAttribute('data-article')));
    expect(new Set(sources)).toEqual(new Set(['lima-1', 'lima-2']));
    expect(await page.textContent('[data-testid=statements]')).toContain('We will rebuild the bridge by March');
    const articles = await page.locator('[data-testid=story-articles] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-article')));
    expect(articles).toEqual(['lima-1', 'lima-2']);
    await page.screenshot({ path: join(ARTIFACTS, 'web-story-timeline.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
