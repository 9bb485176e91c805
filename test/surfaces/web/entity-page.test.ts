// The entity page as a reader sees it, in headless Chromium over a corpus of PolNeAR dev articles:
// every quote of Hillary Clinton shows once, with its cue ("denied that she mishandled classified
// information", not the bare clause, which reads as an admission), and each article's title once
// above its quotes rather than under every quote. Screenshot: test-artifacts/web-entity-page.png.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntitySummary, QuoteRow } from '../../../src/store/store.js';
import { CHROMIUM } from './browser.js';
import { ARTIFACTS, ingest, polnearArticles, startWeb, type Web } from './web-harness.js';

const ARTICLES = [
  'usa-today_2016-09-08_candidates-vie-for-vets-support-',
  'usa-today_2016-09-08_laws-don-t-apply-equially-to-cli',
  'politico_2016-09-16_sanders-clinton-needs-to-get-awa',
  'west-journal_2016-09-26_rush-limbaugh-hillary-asking-mod',
];

describe.skipIf(!CHROMIUM)('entity page in headless Chromium (needs STORYLINE_CHROMIUM)', () => {
  let web: Web;
  let clinton: EntitySummary;
  let quotes: QuoteRow[];

  beforeAll(async () => {
    web = await startWeb();
    await ingest(web.store, polnearArticles(ARTICLES));
    clinton = (await web.store.findEntities('Hillary Clinton', 1))[0];
    quotes = await web.store.quotes({ speakerId: clinton.id, limit: 500 });
  });

  afterAll(async () => {
    await web?.close();
  });

  it('shows each quote once, with its cue before its words', async () => {
    const { page, server } = web;
    await page.goto(`${server.base}/#/entities/${clinton.id}`);
    await page.waitForSelector('[data-testid=entity-quotes] .quote-result');
    expect(await page.textContent('[data-testid=entity-page] h2')).toBe('Hillary Clinton');

    const items = await page.locator('[data-testid=entity-quotes] .quote-result').allTextContents();
    expect(quotes.length).toBeGreaterThan(1);
    expect(items).toHaveLength(quotes.length);
    const ids = await page.locator('[data-testid=entity-quotes] .quote-result').evaluateAll((els) => els.map((e) => e.getAttribute('data-quote')));
    expect(new Set(ids).size).toBe(quotes.length);

    // The denial reads as a denial: cue, then the reported clause.
    const denial = items.find((t) => t.includes('that she mishandled classified information'));
    expect(denial).toBe('denied that she mishandled classified information');
    // Every quote with a cue shows it.
    for (const q of quotes.filter((x) => x.cue)) expect(items.some((t) => t.startsWith(q.cue!) && t.includes(q.content))).toBe(true);
  });

  it('names each article once, above its quotes', async () => {
    const { page } = web;
    const titles = await page.locator('[data-testid=entity-quotes] .timeline-entry > .quote-meta a').allTextContents();
    const articlesQuoted = new Set(quotes.map((q) => q.article.id)).size;
    expect(articlesQuoted).toBeGreaterThan(1);
    expect(titles).toHaveLength(articlesQuoted);
    expect(new Set(titles).size).toBe(titles.length);
    // No title is repeated under the quotes themselves.
    expect(await page.locator('[data-testid=entity-quotes] .quote-result a').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'web-entity-page.png'), fullPage: true });
    expect(web.pageErrors).toEqual([]);
  });
});
