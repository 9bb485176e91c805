// An article whose text contains `<script>` and `<img src=x onerror=...>` shows them as literal text
// in every view — analyse, stored article, quote search, entity page, story timeline, lists — and in
// none of them does an img element appear or a script run. Headless Chromium, real server and store.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryRecord } from '../../../src/core/record.js';
import { openStore } from '../../../src/store/open-store.js';
import type { Store } from '../../../src/store/store.js';
import { createContext } from '../../../src/surfaces/http/context.js';
import { startServer, type Running } from '../http/start-server.js';
import { CHROMIUM, launchBrowser } from './browser.js';
import { ensureWebBuild, ROOT, WEB_ROOT } from './build-web.js';

const SCRIPT = `<script>window.__xss = 'script'; alert('script')</script>`;
// Unquoted handler: a double quote inside would end the quotation, and the test needs the payload in a quote.
const IMG = `<img src=x onerror=window.__xss='img';alert('img')>`;
const TEXT =
  `"We will not accept ${SCRIPT} or ${IMG} in our harbour," said Ana Ruiz, the mayor of Lima, on Monday. ` +
  `Ms Ruiz said the port of Callao would reopen on Friday.`;
const TITLE = `Harbour notice ${IMG}`;

interface PageState {
  imgs: number;
  inlineScripts: number;
  flag: unknown;
  text: string;
}

const state = (page: Page): Promise<PageState> =>
  page.evaluate(() => ({
    imgs: document.querySelectorAll('img').length,
    inlineScripts: [...document.scripts].filter((s) => !s.src).length,
    flag: (window as unknown as { __xss?: unknown }).__xss,
    text: document.body.innerText,
  }));

describe.skipIf(!CHROMIUM)('article markup stays text (needs STORYLINE_CHROMIUM)', () => {
  let tmp = '';
  let store: Store;
  let server: Running;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  let record: StoryRecord;
  let storyId: number;

  async function expectInert(label: string, ...literals: string[]) {
    const s = await state(page);
    expect(s.imgs, `${label}: img elements`).toBe(0);
    expect(s.inlineScripts, `${label}: inline scripts`).toBe(0);
    expect(s.flag, `${label}: script ran`).toBeUndefined();
    expect(dialogs, `${label}: dialogs`).toEqual([]);
    for (const literal of literals) expect(s.text, `${label}: literal text`).toContain(literal);
  }

  beforeAll(async () => {
    await ensureWebBuild();
    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    tmp = mkdtempSync(join(tmpdir(), 'storyline-xss-'));
    store = await openStore(join(tmp, 'corpus.db'));
    server = await startServer({ context: createContext({ store }), webRoot: WEB_ROOT });
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // The same article stored with a hostile title, so lists and timelines carry it too.
    const res = await fetch(`${server.base}/extract`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'harbour', text: TEXT, title: TITLE, published: '2025-06-02', save: true }),
    });
    const body = (await res.json()) as { record: StoryRecord; stored: { storyId: number } };
    record = body.record;
    storyId = body.stored.storyId;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('the payload sits inside an attributed quote (so every view below really shows it)', () => {
    const quote = record.quotes.find((q) => q.content.some((c) => TEXT.slice(c.start, c.end).includes('<script>')));
    expect(quote).toBeDefined();
    expect(record.entities.find((e) => e.id === quote!.speaker)?.name).toBe('Ana Ruiz');
  });

  it('analyse page: article text, who said what, hover card', async () => {
    await page.goto(`${server.base}/`);
    await page.fill('textarea[name=text]', TEXT);
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=who-said-what]', { timeout: 60_000 });
    await page.locator('.mark.quote', { hasText: '<script>' }).first().hover();
    await expectInert('analyse', SCRIPT, IMG);
    expect(await page.textContent('[data-testid=article-text]')).toBe(TEXT);
    expect(await page.textContent('[data-testid=who-said-what]')).toContain(IMG);
    await page.screenshot({ path: join(ROOT, 'test-artifacts/web-markup-as-text.png'), fullPage: true });
  });

  it('stored article page', async () => {
    await page.goto(`${server.base}/#/articles/harbour`);
    await page.waitForSelector('[data-testid=article-view]');
    await expectInert('article', SCRIPT, IMG, TITLE);
  });

  it('quote search results', async () => {
    await page.goto(`${server.base}/#/quotes?q=harbour`);
    await page.waitForSelector('.quote-result');
    await expectInert('quotes', SCRIPT, IMG);
  });

  it('entity page (quotes over time)', async () => {
    await page.locator('.quote-result .speaker a').first().click();
    await page.waitForSelector('[data-testid=entity-page] .timeline');
    await expectInert('entity', SCRIPT, IMG);
  });

  it('story timeline, story list and article list', async () => {
    await page.goto(`${server.base}/#/stories/${storyId}`);
    await page.waitForSelector('[data-testid=statements] .statement');
    await expectInert('story', SCRIPT, IMG, TITLE);
    await page.goto(`${server.base}/#/stories`);
    await page.waitForSelector('[data-testid=stories]');
    await expectInert('stories', TITLE);
    await page.goto(`${server.base}/#/articles`);
    await page.waitForSelector('.result-list');
    await expectInert('articles', TITLE);
  });

  it('a dropped HTML file: its escaped markup shows as text, its real scripts never run', async () => {
    const html = `<!doctype html><html><head><title>Port notice</title><script>window.__xss = 'page'</script></head><body>
      <article><h1>Port notice</h1><p>The mayor wrote &lt;script&gt;alert(1)&lt;/script&gt; on the notice board, officials said on Monday.</p>
      <p>Ana Ruiz said the port would reopen. <img src=x onerror="window.__xss = 'page-img'"></p></article></body></html>`;
    await page.goto(`${server.base}/`);
    // Dropped on the drop zone, as a user drags a saved page onto it.
    const dataTransfer = await page.evaluateHandle((content) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], 'notice.html', { type: 'text/html' }));
      return dt;
    }, html);
    await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer });
    await page.waitForSelector('button[data-mode=html].active');
    await page.waitForFunction(() => (document.querySelector('textarea[name=text]') as HTMLTextAreaElement | null)?.value.includes('Port notice'));
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=article-view]', { timeout: 60_000 });
    await expectInert('html file', '<script>alert(1)</script>');
  });
});
