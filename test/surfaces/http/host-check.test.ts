// Issue 22, findings 7 and 10 (server side), over real HTTP: the tokenless loopback server answers only
// loopback Host names (a DNS-rebinding page sends Host: evil.example:PORT) and refuses foreign Origins;
// --allow-host adds a name; the startup line names the address the server is bound to.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostName } from '../../../src/surfaces/http/host-check.js';
import { servingLine } from '../../../src/surfaces/cli/commands/serve-command.js';
import { startServer, type Running } from './start-server.js';

interface Answer {
  status: number;
  code: string | null;
}

/** A GET or POST with the headers given verbatim (fetch will not send a Host of our choosing). */
function send(base: string, path: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  const url = new URL(path, base);
  return new Promise((done, fail) => {
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: body ? 'POST' : 'GET', headers: body ? { 'content-type': 'application/json', ...headers } : headers }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d));
      res.on('end', () => {
        let code: string | null = null;
        try {
          code = (JSON.parse(text) as { error?: { code?: string } }).error?.code ?? null;
        } catch {
          code = null;
        }
        done({ status: res.statusCode ?? 0, code });
      });
    });
    req.on('error', fail);
    req.end(body);
  });
}

describe('loopback server without a token (the default)', () => {
  let server: Running;
  let port = '';
  beforeAll(async () => {
    server = await startServer();
    port = new URL(server.base).port;
  });
  afterAll(() => server.close());

  it('answers loopback names', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'LOCALHOST']) {
      expect((await send(server.base, '/health', { host })).status, host).toBe(200);
    }
  });

  it('refuses a rebound name on reads and writes (403 E_BAD_HOST)', async () => {
    expect(await send(server.base, '/health', { host: `evil.example:${port}` })).toEqual({ status: 403, code: 'E_BAD_HOST' });
    expect(await send(server.base, '/articles', { host: 'evil.example' })).toEqual({ status: 403, code: 'E_BAD_HOST' });
    expect(await send(server.base, '/extract', { host: `evil.example:${port}` }, '{"text":"Al said no."}')).toEqual({ status: 403, code: 'E_BAD_HOST' });
    expect(await send(server.base, '/health', { host: `127.0.0.1.evil.example:${port}` })).toMatchObject({ status: 403 });
  });

  it('refuses a foreign Origin even with a loopback Host (403 E_BAD_ORIGIN), accepts its own', async () => {
    const host = `127.0.0.1:${port}`;
    expect(await send(server.base, '/extract', { host, origin: 'http://evil.example' }, '{"text":"Al said no."}')).toEqual({ status: 403, code: 'E_BAD_ORIGIN' });
    expect(await send(server.base, '/health', { host, origin: 'null' })).toEqual({ status: 403, code: 'E_BAD_ORIGIN' });
    expect((await send(server.base, '/extract', { host, origin: `http://127.0.0.1:${port}` }, '{"text":"Al said no."}')).status).toBe(200);
  });
});

describe('--allow-host and public servers', () => {
  it('answers a name that --allow-host adds, and any name with the check off', async () => {
    const named = await startServer({ allowedHosts: ['storyline.internal'] });
    const open = await startServer({ allowedHosts: null });
    try {
      expect((await send(named.base, '/health', { host: 'storyline.internal:8080' })).status).toBe(200);
      expect((await send(named.base, '/health', { host: 'other.internal' })).status).toBe(403);
      expect((await send(open.base, '/health', { host: 'evil.example' })).status).toBe(200);
    } finally {
      await named.close();
      await open.close();
    }
  });

  it('reads host names out of Host headers', () => {
    expect(['a.example:80', '[::1]:4321', 'LOCALHOST', '[::1]'].map(hostName)).toEqual(['a.example', '::1', 'localhost', '::1']);
  });
});

describe('startup line', () => {
  it('names the bound address, not the loopback one fastify returns', () => {
    expect(servingLine('c.db', '0.0.0.0', 'http://127.0.0.1:4321', true)).toBe(
      'serving c.db on http://0.0.0.0:4321 (every interface), here http://127.0.0.1:4321 (API: http://127.0.0.1:4321/openapi.json); write endpoints need the token',
    );
    expect(servingLine('c.db', '127.0.0.1', 'http://127.0.0.1:4321', false)).toBe('serving c.db on http://127.0.0.1:4321 (API: http://127.0.0.1:4321/openapi.json)');
  });
});
