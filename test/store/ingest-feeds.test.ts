// `storyline ingest --feeds` (built CLI) against a local feed server: the feed's new items are
// fetched, extracted and stored once; a second run stores nothing new; the spool is left empty.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { ensureBuilt, storyline } from '../helpers/built-cli.js';

let server: Server;
let base = '';
let dir = '';

const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="Harbour Gazette"></head>
   <body><article><h1>${title}</h1>${body.split('\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

const PAGES: Record<string, string> = {
  '/a.html': page('Port strike ends after nine days', [
    'The dock workers of Port Avila returned to work on Tuesday after a nine-day strike over pay, the union said.',
    '"We have an agreement that respects every worker on these docks," said union leader Mara Kelt, speaking outside the harbour office.',
    'The port authority said 40 ships had waited offshore during the strike and that shipping would be back to normal within a week.',
  ].join('\n')),
  '/b.html': page('Harbour council approves new ferry terminal', [
    'The harbour council on Wednesday approved a new ferry terminal at Port Avila costing 12 million dollars, officials said.',
    '"This terminal will carry the island for the next fifty years," council chair Ivo Brandt told reporters after the vote.',
    'Construction is due to start in March and to take two years, according to the council.',
  ].join('\n')),
};

function rss(): string {
  const items = Object.keys(PAGES).map((p, i) => `<item><title>Item ${i}</title><link>${base}${p}</link><guid>${base}${p}</guid>
    <pubDate>Tue, 0${i + 3} Jun 2025 10:00:00 GMT</pubDate></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title><link>${base}/</link>${items.join('')}</channel></rss>`;
}

describe('ingest --feeds', () => {
  beforeAll(async () => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'storyline-feeds-'));
    server = createServer((req, res) => {
      if (req.url === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss());
      } else if (req.url && PAGES[req.url]) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGES[req.url]);
      } else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores new feed items once, and nothing on the next run', async () => {
    const state = join(dir, 'state/feeds.json');
    const db = join(dir, 'feeds.db');
    expect((await storyline(['feeds', 'add', `${base}/feed.xml`, '--state', state], dir)).status).toBe(0);
    const first = await storyline(['ingest', '--feeds', '--state', state, '--allow-private', '--db', db], dir);
    expect(first.stderr).toContain('2 new, 0 revised, 0 unchanged, 0 failed');
    expect(first.status).toBe(0);
    const spool = join(dir, 'state/ingest-spool.jsonl');
    expect(existsSync(spool) ? readFileSync(spool, 'utf8') : '').toBe('');
    const store = await openStore(db);
    try {
      const articles = await store.listArticles();
      expect(articles.map((a) => a.url).sort()).toEqual([`${base}/a.html`, `${base}/b.html`]);
      expect(articles.every((a) => a.publisher === 'Harbour Gazette')).toBe(true);
      const quotes = await store.quotes({ about: 'terminal' });
      expect(quotes.length).toBeGreaterThan(0);
      expect(new Set(quotes.map((q) => q.article.url))).toEqual(new Set([`${base}/b.html`]));
    } finally {
      await store.close();
    }
    const second = await storyline(['ingest', '--feeds', '--state', state, '--allow-private', '--db', db], dir);
    expect(second.stderr).toContain('0 new, 0 revised, 0 unchanged, 0 failed');
  });
});
