// The server's guards, over real HTTP: write routes need the token when one is set, an open server
// refuses to bind beyond loopback, bodies are capped, errors are JSON without stack traces, and every
// response carries the security headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBinding } from '../../../src/surfaces/http/auth.js';
import { buildServer } from '../../../src/surfaces/http/server.js';
import { createContext } from '../../../src/surfaces/http/context.js';
import { json, startServer, type Running } from './start-server.js';

type ErrorBody = { error: { code: string; message: string } };

describe('with a token', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startServer({ token: 'open sesame', bodyLimit: 64 * 1024 });
  });
  afterAll(() => server.close());

  const extract = (headers: Record<string, string>, body: string = JSON.stringify({ text: 'Mr Lee said it was over.' })) =>
    fetch(`${server.base}/extract`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('refuses a write without the token (401 E_UNAUTHORIZED)', async () => {
    const res = await extract({});
    expect(res.status).toBe(401);
    expect(((await json(res)) as ErrorBody).error.code).toBe('E_UNAUTHORIZED');
  });

  it('refuses a wrong token', async () => {
    expect((await extract({ authorization: 'Bearer open sesam' })).status).toBe(401);
    expect((await extract({ authorization: 'open sesame' })).status).toBe(401);
  });

  it('accepts the right token', async () => {
    expect((await extract({ authorization: 'Bearer open sesame' })).status).toBe(200);
  });

  it('checks the token before reading a large body', async () => {
    const res = await extract({}, JSON.stringify({ text: 'x'.repeat(200_000) }));
    expect(res.status).toBe(401);
  });

  it('keeps read routes open', async () => {
    expect((await fetch(`${server.base}/health`)).status).toBe(200);
    expect((await fetch(`${server.base}/openapi.json`)).status).toBe(200);
  });

  it('caps the body size (413 E_BODY_TOO_LARGE)', async () => {
    const res = await extract({ authorization: 'Bearer open sesame' }, JSON.stringify({ text: 'x'.repeat(100_000) }));
    expect(res.status).toBe(413);
    expect(((await json(res)) as ErrorBody).error.code).toBe('E_BODY_TOO_LARGE');
  });
});

describe('binding', () => {
  it('refuses a non-loopback address without a token', () => {
    expect(() => checkBinding('0.0.0.0', undefined)).toThrow(/--token or set STORYLINE_TOKEN/);
    expect(() => checkBinding('192.168.1.4', '')).toThrow(/STORYLINE_TOKEN/);
  });
  it('allows loopback without a token, and any address with one', () => {
    for (const host of ['127.0.0.1', '::1', 'localhost']) expect(() => checkBinding(host, undefined)).not.toThrow();
    expect(() => checkBinding('0.0.0.0', 't0ken')).not.toThrow();
  });
});

describe('errors and headers', () => {
  let server: Running;
  beforeAll(async () => {
    // A route that fails the way a bug would, added to the real server before it listens.
    const app = await buildServer({ context: createContext(), webRoot: null });
    app.get('/test-failure', async () => {
      throw new Error('secret internal detail at /srv/app.js:12:3');
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address() as { port: number };
    server = { app, base: `http://127.0.0.1:${address.port}`, close: () => app.close() };
  });
  afterAll(() => server.close());

  it('answers an unexpected failure with 500 E_INTERNAL and no internals', async () => {
    const res = await fetch(`${server.base}/test-failure`);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'E_INTERNAL', message: expect.any(String) } });
    expect(text).not.toMatch(/secret|srv\/app|\bat /);
  });

  it('answers unknown paths with a JSON 404', async () => {
    const res = await fetch(`${server.base}/no/such/thing`);
    expect(res.status).toBe(404);
    expect(((await json(res)) as ErrorBody).error.code).toBe('E_NOT_FOUND');
  });

  it('sends a strict Content-Security-Policy and nosniff on every response', async () => {
    for (const path of ['/health', '/no/such/thing']) {
      const res = await fetch(`${server.base}${path}`);
      expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-inline/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});
