// Fetches one URL over HTTP(S) the careful way: an overall timeout, a byte cap on the (decompressed)
// body, a redirect cap with loop detection, a clear User-Agent, conditional GET (ETag, Last-Modified)
// and a connect policy that refuses private addresses on the first hop and on every redirect.
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { StorylineError } from '../../core/errors.js';
import { VERSION } from '../../core/version.js';
import { makePolicy, guardedLookup, guardSocket, assertAllowed, type ConnectPolicy, type ResolveFn } from './connect-policy.js';
import { contentEncoding, readCapped, tooLarge, type ContentEncoding } from './read-capped.js';
import { isIP } from 'node:net';

export const USER_AGENT = `Storyline/${VERSION} (+https://github.com/storyline)`;

export interface FetchOptions {
  /** Whole fetch, all redirects included (default 15 s). */
  timeoutMs?: number;
  /** Cap on the decompressed body (default 10 MB). */
  maxBytes?: number;
  maxRedirects?: number;
  allowPrivate?: boolean;
  trustedHosts?: Iterable<string>;
  resolve?: ResolveFn;
  accept?: string;
  etag?: string | null;
  lastModified?: string | null;
  userAgent?: string;
  /** Fetch article pages even where the site's robots.txt disallows them (see robots.ts). */
  ignoreRobots?: boolean;
}

export interface FetchResult {
  /** The URL after redirects. */
  url: string;
  status: number;
  notModified: boolean;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  body: Buffer;
  redirects: string[];
}

/** An HTTP error status, kept so callers can tell "gone" (4xx) from "try later" (5xx, 429). */
export class FetchHttpError extends StorylineError {
  constructor(
    readonly status: number,
    message: string,
    /** What the server's Retry-After asked for (429, 503), in milliseconds from now. */
    readonly retryAfterMs: number | null = null,
  ) {
    super('E_FETCH_HTTP', message);
  }
}

/** Retry-After as delay-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function fetchUrl(input: string, options: FetchOptions = {}): Promise<FetchResult> {
  const policy = makePolicy(options);
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxRedirects = options.maxRedirects ?? 5;
  // Parsed before the timer starts: a refused URL threw past the try and left the timer holding the
  // process open for the whole timeout.
  let url = parseUrl(input);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  const redirects: string[] = [];
  try {
    for (;;) {
      const res = await request(url, policy, options, deadline.signal, timeoutMs);
      const location = res.headers.location;
      if (REDIRECTS.has(res.statusCode ?? 0) && location) {
        res.destroy(); // a redirect body is never read; do not download it
        const next = parseUrl(location, url);
        if (next.href === url.href || redirects.includes(next.href) || next.href === input) {
          throw new StorylineError('E_FETCH_REDIRECTS', `${input}: redirect loop (${[input, ...redirects, next.href].join(' -> ')})`);
        }
        redirects.push(next.href);
        if (redirects.length > maxRedirects) {
          throw new StorylineError('E_FETCH_REDIRECTS', `${input}: more than ${maxRedirects} redirects`);
        }
        url = next;
        continue;
      }
      return await finish(url, res, options, redirects, deadline.signal, timeoutMs);
    }
  } finally {
    clearTimeout(timer);
  }
}

export function parseUrl(text: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new StorylineError('E_FETCH_BAD_URL', `not a valid URL: ${JSON.stringify(text)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new StorylineError('E_FETCH_BAD_URL', `only http and https URLs are fetched, not ${url.protocol} (${url.href})`);
  }
  if (url.username || url.password) throw new StorylineError('E_FETCH_BAD_URL', `URLs with credentials are not fetched (${url.host})`);
  return url;
}

function request(url: URL, policy: ConnectPolicy, options: FetchOptions, signal: AbortSignal, timeoutMs: number): Promise<IncomingMessage> {
  // An IP literal never goes through `lookup`, so it is checked here (and again on connect).
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) assertAllowed(policy, url, host);
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? USER_AGENT,
    accept: options.accept ?? 'text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  const lib = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(url, { method: 'GET', headers, agent: false, lookup: guardedLookup(policy, url) as never });
    const onAbort = () => req.destroy(timeout(url, timeoutMs));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    req.on('socket', (socket) => guardSocket(policy, url, socket));
    req.on('response', (res) => {
      signal.removeEventListener('abort', onAbort);
      resolve(res);
    });
    req.on('error', (err) => {
      signal.removeEventListener('abort', onAbort);
      reject(err instanceof StorylineError ? err : network(url, err));
    });
    req.end();
  });
}

async function finish(url: URL, res: IncomingMessage, options: FetchOptions, redirects: string[], signal: AbortSignal, timeoutMs: number): Promise<FetchResult> {
  const status = res.statusCode ?? 0;
  const header = (name: string): string | null => {
    const v = res.headers[name];
    return v == null ? null : Array.isArray(v) ? v.join(', ') : v;
  };
  const base = {
    url: url.href,
    status,
    contentType: header('content-type'),
    etag: header('etag'),
    lastModified: header('last-modified'),
    redirects,
  };
  if (status === 304) {
    res.destroy();
    return { ...base, notModified: true, body: Buffer.alloc(0) };
  }
  if (status < 200 || status > 299) {
    res.destroy();
    throw new FetchHttpError(status, `${url.href}: HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`, parseRetryAfter(header('retry-after')));
  }
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const declared = Number(header('content-length') ?? NaN);
  if (declared > maxBytes) {
    res.destroy();
    throw tooLarge(url.href, maxBytes, `the page (${declared} bytes by Content-Length)`);
  }
  const encoding: ContentEncoding | null = contentEncoding(header('content-encoding') ?? undefined);
  if (encoding === null) {
    res.destroy();
    throw new StorylineError('E_FETCH_NOT_TEXT', `${url.href}: unsupported Content-Encoding "${header('content-encoding')}"`);
  }
  const onAbort = () => res.destroy(timeout(url, timeoutMs));
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const body = await readCapped(res, { maxBytes, encoding, label: url.href });
    return { ...base, notModified: false, body };
  } catch (err) {
    throw err instanceof StorylineError ? err : signal.aborted ? timeout(url, timeoutMs) : network(url, err as Error);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

function timeout(url: URL, ms: number): StorylineError {
  return new StorylineError('E_FETCH_TIMEOUT', `${url.href}: no complete answer within ${ms / 1000} s`);
}

function network(url: URL, err: Error): StorylineError {
  const code = (err as NodeJS.ErrnoException).code;
  return new StorylineError('E_FETCH_NETWORK', `${url.href}: ${code ? `${code} ` : ''}${err.message}`);
}
