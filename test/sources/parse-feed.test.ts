// Feed parsing on our fixtures: RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed give the same item shape
// (absolute link, guid, ISO date with the feed's offset, content); OPML yields each subscription
// once; malformed XML, an HTML page and a non-feed JSON fail with E_FEED_PARSE and a location.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedDate } from '../../src/sources/feeds/feed-dates.js';
import { parseFeed } from '../../src/sources/feeds/parse-feed.js';
import { parseOpml } from '../../src/sources/feeds/opml-parser.js';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/feeds');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('parseFeed', () => {
  it('RSS 2.0: guid, content:encoded, dc:date, relative link, permalink guid', () => {
    const feed = parseFeed(read('rss2.xml'), 'https://valley.example/rss.xml');
    expect(feed).toMatchObject({ format: 'rss', title: 'Valley News & Weather', link: 'https://valley.example/' });
    expect(feed.items).toEqual([
      {
        guid: 'valley-2025-0001',
        url: 'https://valley.example/news/floods-force-thousands',
        title: 'Floods force thousands from homes',
        published: '2025-03-04T22:15:00+02:00',
        content: '<p>Floodwaters swept through three villages in the valley on Tuesday night.</p><p>More than 2,400 people left their homes.</p>',
        summary: '<p>Floodwaters swept through three villages.</p>',
      },
      {
        guid: 'https://valley.example/news/bridge-repairs',
        url: 'https://valley.example/news/bridge-repairs',
        title: 'Council approves bridge repairs',
        published: '2025-03-05T09:30:00-05:00',
        content: null,
        summary: 'The council voted 7 to 2.',
      },
      {
        guid: 'https://valley.example/news/permalink-only',
        url: 'https://valley.example/news/permalink-only',
        title: 'Permalink only',
        published: '2025-03-05T08:00:00Z',
        content: null,
        summary: null,
      },
    ]);
  });

  it('Atom: alternate link, published over updated, html content, relative href', () => {
    const feed = parseFeed(read('atom.xml'), 'https://courier.example/feed.atom');
    expect(feed).toMatchObject({ format: 'atom', title: 'The Courier', link: 'https://courier.example/' });
    expect(feed.items[0]).toMatchObject({
      guid: 'tag:courier.example,2025:rates-held',
      url: 'https://courier.example/business/rates-held',
      title: 'Rates held at 4.25%',
      published: '2025-03-06T12:00:00+01:00',
      content: '<p>The central bank held its main interest rate at 4.25 percent on Thursday.</p>',
    });
    expect(feed.items[1]).toMatchObject({ url: 'https://courier.example/business/updated-only', published: '2025-03-07T08:00:00Z' });
    expect(feed.items[1].content).toMatch(/^<div[^>]*><p>Inline <b>XHTML<\/b> &amp; more\.<\/p><\/div>$/);
  });

  it('JSON Feed: url or external_url, numeric id, date-only', () => {
    const feed = parseFeed(read('feed.json'), 'https://capital.example/feed.json');
    expect(feed.format).toBe('json');
    expect(feed.items.map((i) => [i.guid, i.url, i.published])).toEqual([
      ['cr-101', 'https://capital.example/politics/budget-vote', '2025-03-06T18:45:00-05:00'],
      ['102', 'https://elsewhere.example/report', '2025-03-07'],
    ]);
  });

  it('RSS 1.0 (RDF): items beside the channel', () => {
    const feed = parseFeed(read('rdf.xml'), null);
    expect(feed.format).toBe('rdf');
    expect(feed.items).toMatchObject([{ url: 'https://gazette.example/harbour-reopens', published: '2025-03-02T07:00:00Z' }]);
  });

  it('refuses malformed XML with line and column', () => {
    expect(() => parseFeed(read('malformed.xml'), null, 'malformed.xml')).toThrow(/E?malformed XML at line \d+, column \d+/);
    try {
      parseFeed(read('malformed.xml'), null);
    } catch (err) {
      expect((err as { code: string }).code).toBe('E_FEED_PARSE');
    }
  });

  it.each([
    ['<!doctype html><html><body>hi</body></html>', /web page, not a feed/],
    ['<?xml version="1.0"?><sitemap/>', /root element <sitemap>/],
    ['{"items": []}', /not a JSON Feed/],
    ['{"version": "https://jsonfeed.org/version/1.1", "items": [', /invalid JSON/],
    ['   ', /empty document/],
  ])('refuses %j', (source, message) => {
    expect(() => parseFeed(source, null)).toThrow(message);
  });

  it('refuses an entity-expansion bomb instead of expanding it', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "${`&${i ? 'b'.repeat(i) : 'a'};`.repeat(10)}">`).join('')}]><rss><channel><title>&bbbbbbbbb;</title></channel></rss>`;
    let title: string | null = null;
    try {
      title = parseFeed(lol, null).title;
    } catch {
      title = null;
    }
    expect((title ?? '').length).toBeLessThan(200_000);
  });
});

describe('parseOpml', () => {
  it('lists every subscription once, folders included', () => {
    expect(parseOpml(read('subscriptions.opml'), 'subscriptions.opml')).toEqual([
      { url: 'https://valley.example/rss.xml', title: 'Valley News' },
      { url: 'https://gazette.example/rss', title: 'The Coast Gazette' },
      { url: 'https://courier.example/feed.atom', title: 'The Courier' },
    ]);
  });
});

describe('feedDate', () => {
  it.each([
    ['Thu, 06 Mar 2025 10:00:00 GMT', '2025-03-06T10:00:00Z'],
    ['6 Mar 2025 10:00 EST', '2025-03-06T10:00:00-05:00'],
    ['Thu, 06 Mar 25 10:00:00 +0530', '2025-03-06T10:00:00+05:30'],
    ['2025-03-06T10:00:00.123Z', '2025-03-06T10:00:00Z'],
    ['2025-03-06', '2025-03-06'],
    ['2025-02-30', null],
    ['yesterday', null],
    ['Thu, 06 Mar 2025 10:00:00 XYZ', null],
  ])('%s -> %s', (input, want) => expect(feedDate(input)).toBe(want));
});
