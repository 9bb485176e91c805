// robots.txt (RFC 9309) for the article pages Storyline fetches (`extract URL`, `ingest URL`, feed
// items, URL jobs of the queue): a page the site's robots.txt disallows for Storyline is not fetched.
// Feeds themselves are fetched like a feed reader's subscriptions, without it. Rules come from the
// robots-parser package (groups, longest match, wildcards); what this file adds is the protocol
// around it: robots.txt fetched through the same careful fetch as the page (private addresses, size
// and time caps), 4xx = no rules, 5xx or unreachable = everything disallowed for now (RFC 9309
// 2.3.1.3-4); rules are kept per origin for at most 24 hours (2.4), "unreachable" not at all, so the
// next page of that site asks again. A page the rules disallow fails with E_FETCH_ROBOTS (for good);
// one refused because robots.txt could not be read fails with E_FETCH_NETWORK (try again later).
import { createRequire } from 'node:module';
import { StorylineError } from '../../core/errors.js';
import { fetchUrl, FetchHttpError, type FetchOptions } from './fetch-url.js';

// A CommonJS module whose bundled typings do not describe its export as callable under NodeNext.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, text: string) => {
  isAllowed(url: string, userAgent?: string): boolean | undefined;
};

/** The product token robots.txt groups are matched against. */
export const ROBOTS_AGENT = 'Storyline';
const MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** RFC 9309 2.5: parse at least 500 KiB. */
const MAX_BYTES = 512 * 1024;

interface Rules {
  allowed(url: string): boolean;
  /** Why a URL is refused. */
  why: string;
  code: 'E_FETCH_ROBOTS' | 'E_FETCH_NETWORK';
  cache: boolean;
}
const ALLOW_ALL: Rules = { allowed: () => true, why: '', code: 'E_FETCH_ROBOTS', cache: true };

const cache = new Map<string, { rules: Rules; until: number }>();

/** Forgets every origin's robots.txt (tests; a long-running process refreshes them daily anyway). */
export function clearRobotsCache(): void {
  cache.clear();
}

async function load(origin: string, options: FetchOptions): Promise<Rules> {
  const robotsUrl = `${origin}/robots.txt`;
  try {
    const res = await fetchUrl(robotsUrl, { ...options, maxBytes: MAX_BYTES, accept: 'text/plain', etag: null, lastModified: null });
    const robots = robotsParser(res.url, res.body.toString('utf8'));
    return { allowed: (url) => robots.isAllowed(url, ROBOTS_AGENT) !== false, why: `disallowed by ${robotsUrl}`, code: 'E_FETCH_ROBOTS', cache: true };
  } catch (err) {
    if (err instanceof FetchHttpError && err.status >= 400 && err.status < 500) return ALLOW_ALL;
    // Refused addresses and bad URLs are the page's problem too: let the page's own fetch say so.
    if (err instanceof StorylineError && (err.code === 'E_FETCH_PRIVATE_ADDRESS' || err.code === 'E_FETCH_BAD_URL')) return { ...ALLOW_ALL, cache: false };
    const reason = err instanceof Error ? err.message : String(err);
    const why = `${robotsUrl} could not be read (${reason}), so the site is treated as disallowing everything for now`;
    return { allowed: () => false, why, code: 'E_FETCH_NETWORK', cache: false };
  }
}

/** Throws E_FETCH_ROBOTS when the site's robots.txt disallows `url` for Storyline. */
export async function assertRobotsAllow(url: string, options: FetchOptions = {}, now = Date.now()): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return; // the page's own fetch reports the bad URL
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return;
  const cached = cache.get(parsed.origin);
  let rules = cached && cached.until > now ? cached.rules : undefined;
  if (!rules) {
    rules = await load(parsed.origin, options);
    if (rules.cache) cache.set(parsed.origin, { rules, until: now + MAX_AGE_MS });
    else cache.delete(parsed.origin);
  }
  if (!rules.allowed(parsed.href)) throw new StorylineError(rules.code, `${url}: ${rules.why} (--ignore-robots fetches it anyway)`);
}
