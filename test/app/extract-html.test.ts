// extractHtmlArticle: a page in, a record out whose text is the article body (every span slices
// it), with the page metadata beside it; the user's `published` overrides the page's; a non-English
// page is recorded with its language and a note, its English-only layers left empty.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from '../../src/app/extract-html.js';
import { RecordSchema } from '../../src/core/record.js';
import { articleFromHtml } from '../../src/stages/page/html/article-from-html.js';
import { recordSpans, spanProblems } from '../helpers/record-spans.js';

const page = (name: string) => readFileSync(new URL(`../../fixtures/pages/${name}.html`, import.meta.url), 'utf8');

describe('extractHtmlArticle', () => {
  it('makes a record whose spans slice the extracted article text exactly', () => {
    const html = page('jsonld-article');
    const record = extractHtmlArticle({ id: 'ferry', html, url: 'https://courier.example/2025/08/14/ferry-terminal?ref=rss' });
    expect(record.text).toBe(articleFromHtml(html).text);
    expect(spanProblems(record, record.text)).toEqual([]);
    expect(recordSpans(record).length).toBeGreaterThan(5);
    const names = record.entities.map((e) => e.name);
    expect(names).toContain('Ingrid Salo');
    for (const e of record.entities) for (const m of e.mentions) expect(record.text.slice(m.start, m.end).length).toBe(m.end - m.start);
    expect(RecordSchema.safeParse(record).success).toBe(true);
  });

  it('carries the page metadata and the source', () => {
    const record = extractHtmlArticle({ id: 'ferry', html: page('jsonld-article'), url: 'https://courier.example/2025/08/14/ferry-terminal?ref=rss' });
    expect(record.title).toBe('Harbour authority approves new ferry terminal');
    expect(record.published).toBe('2025-08-14T09:30:00+02:00');
    expect(record.url).toBe('https://courier.example/2025/08/14/ferry-terminal');
    expect(record.source).toEqual({ kind: 'url', location: 'https://courier.example/2025/08/14/ferry-terminal?ref=rss' });
    expect(record.language).toBe('en');
    expect(record.page).toMatchObject({ authors: ['Mara Lindqvist', 'Tomas Okafor'], modified: '2025-08-15T11:00:00+02:00', siteName: 'The Coastline Courier' });
    expect(record.page?.fields.published.source).toBe('jsonld:NewsArticle.datePublished');
  });

  it("resolves relative dates against the page's publication date", () => {
    const record = extractHtmlArticle({ id: 'ferry', html: page('jsonld-article') });
    // "on Thursday" in the first paragraph: the Thursday of the week of 2025-08-14 (itself a Thursday).
    const thursday = record.dates.find((d) => record.text.slice(d.start, d.end).includes('Thursday'));
    expect(thursday?.value).toBe('2025-08-14');
  });

  it("lets the user's published date override the page's", () => {
    const record = extractHtmlArticle({ id: 'ferry', html: page('jsonld-article'), published: '2025-09-04' });
    expect(record.published).toBe('2025-09-04');
    const thursday = record.dates.find((d) => record.text.slice(d.start, d.end).includes('Thursday'));
    expect(thursday?.value).toBe('2025-09-04');
    expect(record.page?.fields.published.value).toBe('2025-08-14T09:30:00+02:00');
  });

  it('reads a feed-style published date, and reports one that is not a date', () => {
    const rss = extractHtmlArticle({ id: 'ferry', html: page('jsonld-article'), published: 'Thu, 04 Sep 2025 08:00:00 GMT' });
    expect(rss.published).toBe('2025-09-04T08:00:00Z');
    const bad = extractHtmlArticle({ id: 'ferry', html: page('jsonld-article'), published: 'soon' });
    expect(bad.published).toBe('2025-08-14T09:30:00+02:00');
    expect(bad.warnings.join('\n')).toMatch(/published "soon" is not a date/);
  });

  it('reports a non-English page and skips the English-only layers', () => {
    const record = extractHtmlArticle({ id: 'radweg', html: page('german-article') });
    expect(record.language).toBe('de');
    expect(record.warnings.join('\n')).toMatch(/language 'de' detected: English-only layers \(.*entities.*quotes.*\) skipped/);
    expect(record.entities).toEqual([]);
    expect(record.quotes).toEqual([]);
    expect(record.dates).toEqual([]);
    expect(record.events).toEqual([]);
    expect(record.text).toMatch(/^Der Stadtrat von Waldheim/);
    expect(record.published).toBe('2025-05-20T08:00:00+02:00');
  });

  it('defaults the source to html without a URL', () => {
    const record = extractHtmlArticle({ id: 'bridge', html: page('broken-markup') });
    expect(record.source).toEqual({ kind: 'html', location: null });
    expect(record.language).toBe('en');
    expect(record.entities.length).toBeGreaterThan(0);
  });
});
