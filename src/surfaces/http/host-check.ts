// DNS-rebinding guard. A page on evil.example can point its own name at 127.0.0.1 and then read and
// write a tokenless loopback server as "same origin"; the one thing it cannot change is the Host
// header (evil.example:4321). So a server with an allow-list answers only requests whose Host, and
// Origin when a browser sends one, name an allowed host: the loopback names, plus what --allow-host adds.
import type { FastifyInstance } from 'fastify';
import { isLoopback } from './auth.js';
import { HttpError } from './http-error.js';

/** "example.com:4321" -> "example.com", "[::1]:4321" -> "::1"; lower case. */
export function hostName(authority: string): string {
  const a = authority.trim().toLowerCase();
  if (a.startsWith('[')) return a.slice(1, a.indexOf(']') === -1 ? undefined : a.indexOf(']'));
  const colon = a.indexOf(':');
  return colon === -1 ? a : a.slice(0, colon);
}

/** `allowed`: extra host names besides the loopback ones; null turns the check off (a public server). */
export function addHostCheck(app: FastifyInstance, allowed: readonly string[] | null): void {
  if (allowed === null) return;
  const extra = new Set(allowed.map(hostName));
  const ok = (name: string) => isLoopback(name) || extra.has(name);
  app.addHook('onRequest', async (request) => {
    const host = request.headers.host ?? '';
    if (!ok(hostName(host))) {
      throw new HttpError(403, 'E_BAD_HOST', `this server answers requests for ${['localhost', '127.0.0.1', ...extra].join(', ')}, not "${host}" (serve --allow-host NAME adds one)`);
    }
    const origin = request.headers.origin;
    if (origin === undefined) return;
    let name = '';
    try {
      name = hostName(new URL(origin).host);
    } catch {
      // "null" (a sandboxed frame, a file: page) and garbage are refused below.
    }
    if (!ok(name)) throw new HttpError(403, 'E_BAD_ORIGIN', `requests from pages on "${origin}" are refused`);
  });
}
