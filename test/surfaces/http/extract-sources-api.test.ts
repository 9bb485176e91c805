// POST /extract with an HTML page or a URL, over real HTTP. The URL is served by a local server of
// ours; the API refuses private addresses unless the server was told to trust that origin.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryRecord } from '../../../src/core/record.js';
import { createContext } from '../../../src/surfaces/http/context.js';
import { json, startServer, type Running } from './start-server.js';

const PAGE = `<!doctype html><html><head><title>Bridge to reopen | Lima Daily</title>
<meta property="og:title" content="Lima bridge to reopen in March">
<meta property="article:published_time" content="2025-03-04T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<article><h1>Lima bridge to reopen in March</h1>
<p>Ana Ruiz, the mayor of Lima, said on Tuesday that the Rimac bridge would reopen in March after repairs.</p>
<p>"We will rebuild the bridge by March," Ms Ruiz told reporters outside the city hall in Lima.</p>
<p>Engineers from Acme Group began surveying the damaged span last week, the city said in a statement.</p>
</article><footer>© Lima Daily · Privacy · Cookies</footer></body></html>`;

let pages: Server;
let pageOrigin = '';
let trusting: Running;
let strict: Running;

beforeAll(async () => {
  pages = createServer((req, res) => {
    if (req.url === '/bridge') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else if (req.url === '/image') res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    else res.writeHead(404).end('not here');
  });
  await new Promise<void>((done) => pages.listen(0, '127.0.0.1', done));
  const port = (pages.address() as { port: number }).port;
  pageOrigin = `127.0.0.1:${port}`;
  trusting = await startServer({ context: createContext({ trustedHosts: [pageOrigin] }) });
  strict = await startServer();
});

afterAll(async () => {
  await trusting?.close();
  await strict?.close();
  await new Promise((done) => pages.close(done));
});

const extract = (server: Running, body: unknown) =>
  fetch(`${server.base}/extract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('POST /extract with html', () => {
  it('extracts the article body of a page, not its navigation, with the page metadata', async () => {
    const res = await extract(strict, { html: PAGE, id: 'bridge' });
    expect(res.status).toBe(200);
    const { record } = (await json(res)) as { record: StoryRecord };
    expect(record.text).toContain('We will rebuild the bridge by March');
    expect(record.text).not.toContain('Weather');
    expect(record.title).toMatch(/Lima bridge to reopen/);
    expect(record.published).toMatch(/^2025-03-04/);
    const quote = record.quotes.find((q) => q.direct);
    expect(record.entities.find((e) => e.id === quote?.speaker)?.name).toBe('Ana Ruiz');
  });
});

describe('POST /extract with url', () => {
  it('fetches and extracts a page from a trusted origin', async () => {
    const url = `http://${pageOrigin}/bridge`;
    const res = await extract(trusting, { url, title: 'Given title' });
    expect(res.status).toBe(200);
    const { record } = (await json(res)) as { record: StoryRecord };
    expect(record.url).toBe(url);
    expect(record.title).toBe('Given title');
    expect(record.text).toContain('Rimac bridge would reopen');
  });

  it('refuses private addresses by default (403 E_FETCH_PRIVATE_ADDRESS)', async () => {
    const res = await extract(strict, { url: `http://${pageOrigin}/bridge` });
    expect(res.status).toBe(403);
    expect(((await json(res)) as { error: { code: string } }).error.code).toBe('E_FETCH_PRIVATE_ADDRESS');
  });

  it('reports the remote failure: 404 page -> 502 E_FETCH_HTTP, an image -> 415 E_FETCH_NOT_TEXT', async () => {
    const missing = await extract(trusting, { url: `http://${pageOrigin}/gone` });
    expect(missing.status).toBe(502);
    expect(((await json(missing)) as { error: { code: string } }).error.code).toBe('E_FETCH_HTTP');
    const image = await extract(trusting, { url: `http://${pageOrigin}/image` });
    expect(image.status).toBe(415);
    expect(((await json(image)) as { error: { code: string } }).error.code).toBe('E_FETCH_NOT_TEXT');
  });
});
