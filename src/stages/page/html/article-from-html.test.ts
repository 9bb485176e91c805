// articleFromHtml on pages we wrote (fixtures/pages/): metadata from each kind of source, boilerplate
// removal, broken markup, pages with no article, huge pages, and scripts that must never run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from './article-from-html.js';
import { MAX_HTML_CHARS } from './parse-page.js';
import { codeOf } from '../../../../test/helpers/error-code.js';

const page = (name: string) => readFileSync(new URL(`../../../../fixtures/pages/${name}.html`, import.meta.url), 'utf8');

const paragraph = (sentence: string, n: number) => `<p>${Array.from({ length: n }, () => sentence).join(' ')}</p>`;

describe('metadata from each kind of source', () => {
  it('reads JSON-LD (@graph, authors as Person objects)', () => {
    const a = articleFromHtml(page('jsonld-article'));
    expect(a.title).toBe('Harbour authority approves new ferry terminal');
    expect(a.authors).toEqual(['Mara Lindqvist', 'Tomas Okafor']);
    expect(a.published).toBe('2025-08-14T09:30:00+02:00');
    expect(a.modified).toBe('2025-08-15T11:00:00+02:00');
    expect(a.siteName).toBe('The Coastline Courier');
    expect(a.canonicalUrl).toBe('https://courier.example/2025/08/14/ferry-terminal');
    expect(a.fields.published.source).toBe('jsonld:NewsArticle.datePublished');
    expect(a.fields.authors.source).toBe('jsonld:NewsArticle.author');
  });

  it('reads meta tags only (OpenGraph, article:*, name=author), resolving a relative canonical link', () => {
    const a = articleFromHtml(page('meta-tags-article'), { url: 'https://ledger.example/news/valley-rail-reopens?utm_source=x' });
    expect(a.title).toBe('Valley rail line reopens after storm repairs');
    expect(a.authors).toEqual(['Priya Ramanathan']);
    expect(a.published).toBe('2025-03-06T07:15:00Z');
    expect(a.modified).toBe('2025-03-06T10:40:00Z');
    expect(a.siteName).toBe('Northern Ledger');
    expect(a.canonicalUrl).toBe('https://ledger.example/news/valley-rail-reopens');
    expect(a.fields.published.source).toBe('meta:article:published_time');
  });

  it('reads what a reader sees when the page has no metadata (h1, "By ... and ...", "Published ...")', () => {
    const a = articleFromHtml(page('visible-text-article'));
    expect(a.title).toBe('City library extends its opening hours for exam season');
    expect(a.authors).toEqual(['Jane Holloway', 'Samuel Adeyemi']);
    expect(a.published).toBe('2025-08-14');
    expect(a.modified).toBeNull();
    expect(a.fields.published.source).toMatch(/^text:/);
  });

  it('takes the date from the URL path when nothing else gives one', () => {
    const html = `<html><body><article>${paragraph('The council met on a quiet evening to discuss the budget for the coming year.', 6)}</article></body></html>`;
    const a = articleFromHtml(html, { url: 'https://news.example/2024/02/29/budget-meeting' });
    expect(a.published).toBe('2024-02-29');
    expect(a.fields.published.source).toBe('url-path');
  });

  it('lets agreeing sources outvote a single stronger one, and records why', () => {
    const html = `<html><head>
      <meta property="article:published_time" content="2025-01-02T08:00:00Z">
      <meta name="parsely-pub-date" content="2025-01-03T08:00:00Z"><meta name="sailthru.date" content="2025-01-03">
      <meta name="dc.date" content="2025-01-03"></head>
      <body><article>${paragraph('The river rose again overnight and the town closed two of its bridges.', 6)}</article></body></html>`;
    const a = articleFromHtml(html);
    expect(a.published).toBe('2025-01-03T08:00:00Z');
    expect(a.fields.published.reason).toMatch(/agrees with/);
  });
});

describe('article text', () => {
  it('keeps the story paragraphs, separated by blank lines, and drops the boilerplate', () => {
    const a = articleFromHtml(page('jsonld-article'));
    const paragraphs = a.text.split('\n\n');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^The harbour authority of Port Velden approved plans/);
    expect(paragraphs[4]).toMatch(/reversal unlikely\.$/);
    for (const junk of ['cookies', 'Share on', 'newsletter', 'Related stories', 'Ferry operator orders', 'Read more', "artist's impression", '©', 'Home']) {
      expect(a.text, junk).not.toContain(junk);
    }
    // The headline is metadata, not body text.
    expect(a.text).not.toContain('Harbour authority approves');
  });

  it("drops the page's own address printed in the body and lists made only of links", () => {
    const story = paragraph('The ferry will sail twice a day from the eastern quay, the operator said on Monday.', 4);
    const html = `<html><body><article><p>https://news.example/ferry-story</p>${story}${story}
      <ul><li><a href="/a">Ferry fares to rise</a></li><li><a href="/b">New quay opens</a></li></ul>
      <ul><li>Two sailings a day</li><li>A new <a href="/q">quay</a> in the east</li></ul></article></body></html>`;
    const a = articleFromHtml(html, { url: 'https://www.news.example/ferry-story?utm_source=feed' });
    expect(a.text).not.toContain('https://news.example');
    expect(a.text).not.toContain('Ferry fares');
    expect(a.text).toContain('Two sailings a day');
  });

  it("drops the author's contact line at the end, not an address inside the story", () => {
    const story = paragraph('The ferry will sail twice a day from the eastern quay, the operator said on Monday.', 4);
    const early = '<p>Readers wrote to tips@news.example in their hundreds after the first report on the ferry timetable appeared.</p>';
    const html = `<html><body><article>${early}${story}${story}${story}<p>Ann Lee (ann@news.example) covers the coast for the Courier.</p></article></body></html>`;
    const a = articleFromHtml(html);
    expect(a.text).toContain('tips@news.example');
    expect(a.text).not.toContain('ann@news.example');
  });

  it('keeps an embedded post the story quotes, whatever its wrapper is called', () => {
    const story = paragraph('Residents reacted quickly to the new ferry timetable, and many of them posted online.', 4);
    const tweet = `<div class="social-media-embed"><blockquote class="twitter-tweet"><p>Two ferries a day is not enough for the island <a href="https://t.co/x1">https://t.co/x1</a></p>— Island Voice (@islandvoice) <a href="https://twitter.example/s/1">March 3, 2025</a></blockquote></div>`;
    const html = `<html><body><article>${story}${tweet}${story}<div class="share-tools"><a href="#">Share</a></div></article></body></html>`;
    const a = articleFromHtml(html);
    expect(a.text).toContain('Two ferries a day is not enough for the island');
    expect(a.text).not.toContain('Share');
  });

  it('survives broken markup: unclosed tags, stray end tags, no <html> or <body>', () => {
    const a = articleFromHtml(page('broken-markup'));
    expect(a.title).toBe('Bridge closure extended');
    expect(a.text.split('\n\n')).toHaveLength(4);
    expect(a.text).toContain('"We need it open before the holidays," said one owner.');
  });

  it('never runs scripts or event handlers', () => {
    const g = globalThis as { __storylineFixtureRan?: boolean };
    delete g.__storylineFixtureRan;
    const broken = articleFromHtml(page('broken-markup'));
    const jsonld = articleFromHtml(page('jsonld-article'));
    expect(g.__storylineFixtureRan).toBeUndefined();
    expect(broken.text).not.toContain('INJECTED');
    expect(broken.text + jsonld.text).not.toContain('__storylineFixtureRan');
  });

  it('refuses a page with no article text with E_NO_ARTICLE', () => {
    expect(codeOf(() => articleFromHtml(''))).toBe('E_NO_ARTICLE');
    expect(codeOf(() => articleFromHtml('<html><head><title>Nothing</title></head><body><nav><a href="/">Home</a></nav></body></html>'))).toBe('E_NO_ARTICLE');
    expect(codeOf(() => articleFromHtml('<html><body><script>var story = "not text";</script></body></html>'))).toBe('E_NO_ARTICLE');
  });

  it('warns when the article text is very short', () => {
    const a = articleFromHtml('<html><body><article><p>A short notice: the pool is closed on Monday for cleaning.</p></article></body></html>');
    expect(a.text).toBe('A short notice: the pool is closed on Monday for cleaning.');
    expect(a.warnings.join(' ')).toMatch(/only \d+ characters/);
  });

  it('reads a large page (about 4 MB, mostly navigation) in reasonable time', () => {
    const nav = `<ul>${Array.from({ length: 40_000 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('')}</ul>`;
    const story = Array.from({ length: 30 }, (_, i) => `<p>Paragraph ${i} of the story says that the ferry will sail twice a day from the eastern quay.</p>`).join('');
    const html = `<html><body><nav>${nav}</nav><article>${story}</article><footer>${nav}</footer></body></html>`;
    expect(html.length).toBeGreaterThan(3_000_000);
    const t0 = performance.now();
    const a = articleFromHtml(html);
    expect(performance.now() - t0).toBeLessThan(60_000);
    expect(a.text.split('\n\n')).toHaveLength(30);
    expect(a.text).not.toContain('Section 1');
  });

  it(`refuses a page over ${MAX_HTML_CHARS} characters with E_PAGE_TOO_LARGE`, () => {
    expect(codeOf(() => articleFromHtml('<p>' + 'x'.repeat(MAX_HTML_CHARS) + '</p>'))).toBe('E_PAGE_TOO_LARGE');
  });

  it('refuses a page nested thousands of levels deep with E_PAGE_TOO_DEEP (instead of a stack overflow)', () => {
    const story = paragraph('The ferry will sail twice a day from the eastern quay, the operator said.', 3);
    expect(codeOf(() => articleFromHtml(`<html><body>${'<div>'.repeat(20_000)}${story}${'</div>'.repeat(20_000)}</body></html>`))).toBe('E_PAGE_TOO_DEEP');
    // Unclosed paragraphs and list items are closed by the parser, not nested: no false alarm.
    expect(articleFromHtml(`<html><body><article>${'<p>The ferry will sail twice a day from the eastern quay. '.repeat(3000)}</article></body></html>`).text.length).toBeGreaterThan(1000);
  });

  it('detects the language of the article text', () => {
    expect(articleFromHtml(page('german-article')).language).toBe('de');
    expect(articleFromHtml(page('meta-tags-article')).language).toBe('en');
  });
});
