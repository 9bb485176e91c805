// The Analyse (extract) page as a reader sees it, in headless Chromium: a pasted article is headed by
// its headline, not a record id like `doc-1d4a8ba9d2fa`; the map's labels do not overlap ("Accra" and
// "Ghanaian" once drew as "Accraaian"); a URL's result is headed by the page's headline; and after a
// failed URL extract only the error shows, not the previous article under it.
// Screenshots: test-artifacts/web-extract-text.png, web-extract-url.png, web-extract-error.png.
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from './browser.js';
import { ARTIFACTS, startWeb, type Web } from './web-harness.js';

// An article of our own naming places close together on the map (Accra inside Ghana, "Ghanaian").
const HEADLINE = 'Ghana and Chile agree on a fisheries pact';
const TEXT = `${HEADLINE}

Ghanaian officials and a delegation from Chile signed a fisheries pact in Accra on Monday, the ministry said.

"This protects our coast," Foreign Minister Kwame Mensah told reporters in Accra. Officials from Lagos and Abidjan attended as observers.

The next meeting will be held in Santiago in May, according to a joint statement.`;

const PAGE = `<!doctype html><html><head><title>Harbour reopens | Lima Daily</title><meta property="og:title" content="Callao harbour reopens after storm"></head>
<body><article><h1>Callao harbour reopens after storm</h1><p>Ana Ruiz, the mayor of Lima, said on Tuesday that the port of Callao had reopened after the storm.</p>
<p>"We reopened the harbour this morning," Ms Ruiz told reporters at the city hall in Lima.</p></article></body></html>`;

interface Rect { x: number; y: number; width: number; height: number; text: string }
const intersect = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.skipIf(!CHROMIUM)('extract page in headless Chromium (needs STORYLINE_CHROMIUM)', () => {
  let web: Web;
  let pages: Server;
  let origin = '';

  beforeAll(async () => {
    // The server may fetch loopback pages (serve --allow-private), so a local page stands in for the web.
    web = await startWeb({ allowPrivate: true });
    pages = createServer((req, res) => {
      if (req.url === '/harbour') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      else res.writeHead(404).end('not here');
    });
    await new Promise<void>((done) => pages.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(pages.address() as { port: number }).port}`;
  });

  afterAll(async () => {
    await web?.close();
    await new Promise((done) => pages?.close(done));
  });

  it('heads a pasted article with its headline and draws map labels without overlaps', async () => {
    const { page, server } = web;
    await page.goto(`${server.base}/`);
    await page.fill('textarea[name=text]', TEXT);
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=article-view]', { timeout: 60_000 });
    expect(await page.textContent('[data-testid=article-view] h2')).toBe(HEADLINE);

    await page.locator('[data-testid=places-map]').screenshot({ path: join(ARTIFACTS, 'web-extract-map.png') });
    await page.screenshot({ path: join(ARTIFACTS, 'web-extract-text.png'), fullPage: true });
    const labels = await page.locator('[data-testid=places-map] text').evaluateAll((els) =>
      els.map((e) => {
        const b = (e as SVGGraphicsElement).getBBox();
        return { x: b.x, y: b.y, width: b.width, height: b.height, text: e.textContent ?? '' };
      }),
    );
    // Accra, Ghana and Ghanaian share one point (a country is placed at its capital): one label names them all.
    expect(labels.map((l) => l.text)).toContain('Accra · Ghana · Ghanaian');
    // Every place is labelled or listed under the map, never silently lost.
    const shown = [...labels.map((l) => l.text), ...(await page.locator('[data-testid=places-map] figcaption').allTextContents())].join(' | ');
    for (const name of ['Accra', 'Ghana', 'Ghanaian', 'Chile', 'Santiago', 'Abidjan']) expect(shown).toContain(name);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) expect(intersect(labels[i], labels[j]), `${labels[i].text} / ${labels[j].text}`).toBe(false);
  });

  it('heads a fetched page with its headline', async () => {
    const { page } = web;
    await page.click('button[data-mode=url]');
    await page.fill('input[name=url]', `${origin}/harbour`);
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=article-view] h2:has-text("Callao")', { timeout: 60_000 });
    expect(await page.textContent('[data-testid=article-view] h2')).toBe('Callao harbour reopens after storm');
    expect(await page.textContent('[data-testid=who-said-what]')).toContain('We reopened the harbour this morning');
    await page.screenshot({ path: join(ARTIFACTS, 'web-extract-url.png'), fullPage: true });
  });

  it('after a failed URL extract shows the error alone, not the previous article', async () => {
    const { page } = web;
    await page.fill('input[name=url]', `${origin}/gone`);
    await page.click('button[type=submit]');
    await page.waitForSelector('[role=alert]', { timeout: 60_000 });
    expect(await page.textContent('[role=alert]')).toMatch(/\[E_FETCH_HTTP\]/);
    expect(await page.locator('[data-testid=article-view]').count()).toBe(0);
    expect(await page.textContent('body')).not.toContain('We reopened the harbour this morning');
    await page.screenshot({ path: join(ARTIFACTS, 'web-extract-error.png'), fullPage: true });
    expect(web.pageErrors).toEqual([]);
  });
});
