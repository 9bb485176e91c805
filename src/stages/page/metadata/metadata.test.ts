// Metadata pieces as tables: date normalisation, URL dates, author-name cleaning, title tails,
// JSON-LD shapes, and the resolvers' choices.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { candidate, type Candidate } from './candidate.js';
import { jsonLdCandidates } from './jsonld-candidates.js';
import { normalizeDate } from './normalize-date.js';
import { pageMetadata } from './page-metadata.js';
import { authorNames, resolveAuthors } from './resolve-authors.js';
import { resolveDate } from './resolve-date.js';
import { stripSiteName } from './resolve-title.js';
import { urlCandidates } from './url-candidates.js';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const c = (field: Candidate['field'], value: string, source: string, score: number) => candidate(field, value, source, score)!;

describe('normalizeDate', () => {
  it.each([
    ['2025-08-14', '2025-08-14'],
    ['2025-08-14T09:30:00+02:00', '2025-08-14T09:30:00+02:00'],
    ['2025-08-14T09:30:00.123Z', '2025-08-14T09:30:00Z'],
    ['2025-08-14 09:30', '2025-08-14T09:30:00'],
    ['20250814T093000+0200', '2025-08-14T09:30:00+02:00'],
    ['2025/8/4', '2025-08-04'],
    ['1755156600', '2025-08-14T07:30:00Z'],
    ['August 14, 2025', '2025-08-14'],
    ['Thu 14 Aug 2025', '2025-08-14'],
    ['Aug. 14, 2025 10:30 AM EDT', '2025-08-14T10:30:00-04:00'],
    ['Fri 6:45 PM, Feb 16, 2018', '2018-02-16T18:45:00'],
    ['November 18, 2019 | 4:10pm', '2019-11-18T16:10:00'],
  ])('%s -> %s', (raw, iso) => expect(normalizeDate(raw)).toBe(iso));

  it.each(['2025-02-30', '2025-13-01', 'yesterday', 'August 14', 'not a date', '1850-01-01', '12345'])('refuses %s', (raw) => {
    expect(normalizeDate(raw)).toBeNull();
  });
});

describe('urlCandidates', () => {
  it.each([
    ['https://x.example/2025/08/14/story', '2025-08-14'],
    ['https://x.example/news/2025-8-4/story', '2025-08-04'],
    ['https://x.example/20250814/story.html', '2025-08-14'],
  ])('%s -> %s', (url, date) => {
    expect(urlCandidates(url).find((k) => k.field === 'published')?.value).toBe(date);
  });

  it.each(['https://x.example/story-2025', 'https://x.example/2025/13/40/x', 'https://x.example/item/123456789', 'not a url'])('no date in %s', (url) => {
    expect(urlCandidates(url).find((k) => k.field === 'published')).toBeUndefined();
  });
});

describe('authorNames', () => {
  it.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe, John Roe & Ana Ruiz', ['Jane Doe', 'John Roe', 'Ana Ruiz']],
    ['BY MARA LINDQVIST | Staff Writer', ['MARA LINDQVIST']],
    ['https://example.com/authors/jane', []],
    ['jane@example.com', []],
    ['Staff Reporter', []],
    ['Updated 3 hours ago', []],
  ])('%s -> %j', (raw, names) => expect(authorNames(raw)).toEqual(names));
});

describe('stripSiteName', () => {
  it.each([
    ['Harbour terminal approved | The Coastline Courier', 'The Coastline Courier', 'Harbour terminal approved'],
    ['The Coastline Courier - Harbour terminal approved', 'The Coastline Courier', 'Harbour terminal approved'],
    ['Harbour authority approves new ferry terminal - Courier', null, 'Harbour authority approves new ferry terminal'],
    ['Storm - what we know', null, 'Storm - what we know'],
  ])('%s', (title, site, expected) => expect(stripSiteName(title, site)).toBe(expected));
});

describe('jsonLdCandidates', () => {
  it('finds the article inside arrays and @graph, authors as strings or Person objects', () => {
    const found = jsonLdCandidates([
      [{ '@type': 'BreadcrumbList' }, { '@graph': [{ '@type': ['NewsArticle'], headline: 'H', author: ['A One', { '@type': 'Person', name: 'B Two' }], datePublished: '2025-01-01' }] }],
    ]);
    expect(found.filter((k) => k.field === 'authors').map((k) => k.value)).toEqual(['A One', 'B Two']);
    expect(found.find((k) => k.field === 'published')?.value).toBe('2025-01-01');
  });

  it('skips broken JSON-LD and still reads the meta tags', () => {
    const meta = pageMetadata(doc('<html><head><script type="application/ld+json">{"@type": "NewsArticle",,}</script><meta property="og:title" content="Still here"></head><body></body></html>'), null);
    expect(meta.title).toBe('Still here');
  });
});

describe('resolvers', () => {
  it('keeps the most precise value of the winning day', () => {
    const r = resolveDate([c('published', '2025-08-14', 'url-path', 0.45), c('published', '2025-08-14T09:00:00Z', 'time:datetime', 0.55)]);
    expect(r.value).toBe('2025-08-14T09:00:00Z');
    expect(r.choice.candidates).toBe(2);
  });

  it('takes one source whole for authors rather than mixing name forms', () => {
    const r = resolveAuthors([c('authors', 'J. Doe', 'text:by-line', 0.55), c('authors', 'Jane Doe', 'jsonld:NewsArticle.author', 0.9), c('authors', 'John Roe', 'jsonld:NewsArticle.author', 0.9)]);
    expect(r.value).toEqual(['Jane Doe', 'John Roe']);
    expect(r.choice.source).toBe('jsonld:NewsArticle.author');
  });

  it('reports no choice when nothing parses', () => {
    const r = resolveDate([c('published', 'soon', 'text:date-class', 0.4)]);
    expect(r.value).toBeNull();
    expect(r.choice).toMatchObject({ value: null, source: null, candidates: 1 });
  });
});
