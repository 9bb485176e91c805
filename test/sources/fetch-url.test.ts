// The fetcher against a real local server: private-address refusal (first hop, redirects, hostile
// DNS), redirect loops and caps, timeouts, size caps on plain and compressed bodies (gzip bomb),
// conditional GET, HTTP errors and charset repair. The server is on 127.0.0.1, so each test trusts
// exactly its "127.0.0.1:PORT" and shows that anything else on the machine is still refused.
import { Readable } from 'node:stream';
import zlib, { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolveFn } from '../../src/sources/fetch/connect-policy.js';
import { fetchUrl, FetchHttpError, USER_AGENT, type FetchOptions } from '../../src/sources/fetch/fetch-url.js';
import { fetchItem } from '../../src/sources/url-source.js';
import { html, redirect, startServer, type TestServer } from './helpers/test-server.js';
import { codeOfAsync as code } from '../helpers/error-code.js';

let server: TestServer;
let other: TestServer;
const PAGE = '<html><body><p>Hello from the test server.</p></body></html>';

// A hostile DNS: names resolve to what the test says, nothing reaches a real resolver.
const dns: Record<string, string[]> = {
  'metadata.test': ['169.254.169.254'],
  'mixed.test': ['93.184.216.34', '127.0.0.1'],
  'alias.test': ['127.0.0.1'],
};
const resolve: ResolveFn = async (name) => (dns[name] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

beforeAll(async () => {
  other = await startServer({ '/secret': html('<p>internal admin page</p>') });
  server = await startServer({
    '/page': html(PAGE),
    '/to-other': redirect(`http://127.0.0.1:${0}/secret`),
    '/to-metadata': redirect('/will-be-replaced'),
    '/loop-a': redirect('/loop-b'),
    '/loop-b': redirect('/loop-a'),
    '/gone': (_req, res) => res.writeHead(404).end('gone'),
    '/error': (_req, res) => res.writeHead(503).end('later'),
    '/hang': () => undefined,
    '/drip': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const t = setInterval(() => res.write('<p>.</p>'), 50);
      res.on('close', () => clearInterval(t));
    },
    '/big': (_req, res) => {
      // 50 MB streamed without Content-Length: only the streamed cap can stop it.
      res.writeHead(200, { 'content-type': 'text/html' });
      let sent = 0;
      const chunk = Buffer.alloc(64 * 1024, 'a');
      Readable.from(
        (function* () {
          while (sent < 50 * 1024 * 1024) {
            sent += chunk.length;
            yield chunk;
          }
        })(),
      ).pipe(res);
    },
    '/big-declared': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
      res.write('<p>');
    },
    // ~60 KB on the wire that inflate to 64 MB, over the 10 MB cap.
    '/bomb': html(gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20)), { 'content-encoding': 'gzip' }),
    '/brotli-bomb': html(brotliCompressSync(Buffer.alloc(64 * 1024 * 1024, 0x20), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } }), { 'content-encoding': 'br' }),
    '/gzip': html(gzipSync(PAGE), { 'content-encoding': 'gzip' }),
    '/deflate': html(deflateSync(PAGE), { 'content-encoding': 'deflate' }),
    '/br': html(brotliCompressSync(PAGE), { 'content-encoding': 'br' }),
    '/etag': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"', 'last-modified': 'Thu, 06 Mar 2025 10:00:00 GMT' }).end(PAGE);
    },
    '/latin1-says-utf8': html(iconv.encode('<p>Caf\u00e9 in S\u00e3o Paulo</p>', 'latin1'), { 'content-type': 'text/html; charset=utf-8' }),
    '/utf8-says-latin1': html(Buffer.from('<meta charset="utf-8"><p>Caf\u00e9 \u2014 na\u00efve</p>'), { 'content-type': 'text/html; charset=iso-8859-1' }),
    '/koi8': html(iconv.encode('<p>\u041f\u0440\u0438\u0432\u0435\u0442</p>', 'koi8-r'), { 'content-type': 'text/html; charset=koi8-r' }),
    '/image': html(Buffer.from([0x89, 0x50]), { 'content-type': 'image/png' }),
  });
  server.routes.set('/to-other', redirect(`${other.origin}/secret`));
  server.routes.set('/to-metadata', redirect(`http://metadata.test:${server.port}/page`));
  server.routes.set('/to-mixed', redirect(`http://mixed.test:${server.port}/page`));
  server.routes.set('/to-alias', redirect(`http://alias.test:${server.port}/page`));
  server.routes.set('/to-file', redirect('file:///etc/passwd'));
  for (let i = 0; i < 8; i++) server.routes.set(`/chain-${i}`, redirect(`/chain-${i + 1}`));
  server.routes.set('/chain-8', html(PAGE));
});

afterAll(async () => {
  await server.close();
  await other.close();
});

const trusted = (extra: FetchOptions = {}): FetchOptions => ({ trustedHosts: [server.host], resolve, ...extra });

describe('fetchUrl: who may be reached', () => {
  it('refuses the loopback test server unless trusted or --allow-private', async () => {
    expect(await code(fetchUrl(`${server.origin}/page`, { resolve }))).toBe('E_FETCH_PRIVATE_ADDRESS');
    expect((await fetchUrl(`${server.origin}/page`, trusted())).body.toString()).toBe(PAGE);
    expect((await fetchUrl(`${server.origin}/page`, { allowPrivate: true })).status).toBe(200);
  });

  it('refuses loopback however the URL spells it (IPv6, IPv4-mapped, decimal, hex)', async () => {
    for (const host of ['[::1]', '[::ffff:127.0.0.1]', '2130706433', '0x7f.1', 'localhost']) {
      expect(await code(fetchUrl(`http://${host}:${server.port}/page`)), host).toBe('E_FETCH_PRIVATE_ADDRESS');
    }
    const before = server.requests.length;
    expect(await code(fetchUrl(`http://2130706433:${server.port}/page`, trusted()))).toBe('ok'); // the URL parser makes it 127.0.0.1
    expect(server.requests.length).toBe(before + 1);
  });

  it('refuses a redirect from the trusted server to another port on 127.0.0.1 (which would have answered)', async () => {
    expect((await fetchUrl(`${other.origin}/secret`, { allowPrivate: true })).status).toBe(200);
    const before = other.requests.length;
    expect(await code(fetchUrl(`${server.origin}/to-other`, trusted()))).toBe('E_FETCH_PRIVATE_ADDRESS');
    expect(other.requests.length).toBe(before);
  });

  it('refuses a redirect to a name that resolves to the cloud metadata address', async () => {
    await expect(fetchUrl(`${server.origin}/to-metadata`, trusted())).rejects.toThrow(/169\.254\.169\.254, a link-local address/);
  });

  it('refuses a name with any private address among its answers', async () => {
    expect(await code(fetchUrl(`${server.origin}/to-mixed`, trusted()))).toBe('E_FETCH_PRIVATE_ADDRESS');
  });

  it('goes through the injected lookup for names (a trusted name:port that resolves to the server is fetched)', async () => {
    const res = await fetchUrl(`${server.origin}/to-alias`, trusted({ trustedHosts: [server.host, `alias.test:${server.port}`] }));
    expect(res.url).toBe(`http://alias.test:${server.port}/page`);
    expect(res.redirects).toEqual([`http://alias.test:${server.port}/page`]);
  });

  it('refuses non-http URLs, also as redirect targets', async () => {
    expect(await code(fetchUrl('file:///etc/passwd'))).toBe('E_FETCH_BAD_URL');
    expect(await code(fetchUrl(`${server.origin}/to-file`, trusted()))).toBe('E_FETCH_BAD_URL');
    expect(await code(fetchUrl('not a url'))).toBe('E_FETCH_BAD_URL');
  });
});

describe('fetchUrl: redirects, time and size', () => {
  it('detects a redirect loop', async () => {
    await expect(fetchUrl(`${server.origin}/loop-a`, trusted())).rejects.toMatchObject({ code: 'E_FETCH_REDIRECTS', message: expect.stringMatching(/redirect loop/) });
  });

  it('follows up to the redirect cap and no further', async () => {
    expect(await code(fetchUrl(`${server.origin}/chain-0`, trusted()))).toBe('E_FETCH_REDIRECTS');
    const res = await fetchUrl(`${server.origin}/chain-0`, trusted({ maxRedirects: 8 }));
    expect(res.url).toBe(`${server.origin}/chain-8`);
  });

  it('times out on a server that never answers and on one that never finishes', async () => {
    expect(await code(fetchUrl(`${server.origin}/hang`, trusted({ timeoutMs: 300 })))).toBe('E_FETCH_TIMEOUT');
    const started = Date.now();
    expect(await code(fetchUrl(`${server.origin}/drip`, trusted({ timeoutMs: 400 })))).toBe('E_FETCH_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('stops a 50 MB page at the default 10 MB cap, streamed or declared', async () => {
    await expect(fetchUrl(`${server.origin}/big`, trusted())).rejects.toMatchObject({ code: 'E_FETCH_TOO_LARGE', message: expect.stringMatching(/10 MB cap/) });
    expect(await code(fetchUrl(`${server.origin}/big-declared`, trusted()))).toBe('E_FETCH_TOO_LARGE');
  });

  it('stops gzip and brotli bombs by their decompressed size', async () => {
    const started = Date.now();
    await expect(fetchUrl(`${server.origin}/bomb`, trusted())).rejects.toMatchObject({ code: 'E_FETCH_TOO_LARGE', message: expect.stringMatching(/decompressed/) });
    expect(await code(fetchUrl(`${server.origin}/brotli-bomb`, trusted()))).toBe('E_FETCH_TOO_LARGE');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('decodes gzip, deflate and brotli bodies', async () => {
    for (const path of ['/gzip', '/deflate', '/br']) {
      expect((await fetchUrl(`${server.origin}${path}`, trusted())).body.toString()).toBe(PAGE);
    }
  });
});

describe('fetchUrl: HTTP semantics', () => {
  it('sends a clear User-Agent and accepts compressed bodies', async () => {
    await fetchUrl(`${server.origin}/page`, trusted());
    const last = server.requests.at(-1)!;
    expect(last.headers['user-agent']).toBe(USER_AGENT);
    expect(last.headers['accept-encoding']).toMatch(/gzip.*br/);
  });

  it('makes a conditional GET and reports 304 as not modified', async () => {
    const first = await fetchUrl(`${server.origin}/etag`, trusted());
    expect(first).toMatchObject({ status: 200, notModified: false, etag: '"v1"' });
    const second = await fetchUrl(`${server.origin}/etag`, trusted({ etag: first.etag, lastModified: first.lastModified }));
    expect(second).toMatchObject({ status: 304, notModified: true });
    expect(server.requests.at(-1)!.headers['if-modified-since']).toBe('Thu, 06 Mar 2025 10:00:00 GMT');
  });

  it('reports HTTP errors with their status', async () => {
    const err = await fetchUrl(`${server.origin}/gone`, trusted()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchHttpError);
    expect(err).toMatchObject({ code: 'E_FETCH_HTTP', status: 404 });
    expect(await fetchUrl(`${server.origin}/error`, trusted()).catch((e: FetchHttpError) => e.status)).toBe(503);
  });
});

describe('fetchItem: charsets and media types', () => {
  it('repairs Latin-1 bytes served as utf-8, with a warning', async () => {
    const item = await fetchItem(`${server.origin}/latin1-says-utf8`, trusted());
    expect(item.content).toBe('<p>Caf\u00e9 in S\u00e3o Paulo</p>');
    expect(item.warnings[0]).toMatch(/Content-Type header declares utf-8 but the bytes are not UTF-8; decoded as windows-1252/);
  });

  it('keeps UTF-8 bytes served as ISO-8859-1, with a warning', async () => {
    const item = await fetchItem(`${server.origin}/utf8-says-latin1`, trusted());
    expect(item.content).toContain('Caf\u00e9 \u2014 na\u00efve');
    expect(item.warnings[0]).toMatch(/declares windows-1252 but the bytes are UTF-8/);
  });

  it('decodes a declared legacy charset', async () => {
    expect((await fetchItem(`${server.origin}/koi8`, trusted())).content).toBe('<p>\u041f\u0440\u0438\u0432\u0435\u0442</p>');
  });

  it('refuses what is not a page', async () => {
    expect(await code(fetchItem(`${server.origin}/image`, trusted()))).toBe('E_FETCH_NOT_TEXT');
  });
});
