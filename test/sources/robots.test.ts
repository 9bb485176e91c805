// robots.txt for article pages (src/sources/fetch/robots.ts, applied by fetchItem): against a
// local server, so every answer of the protocol is real HTTP.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FetchOptions } from '../../src/sources/fetch/fetch-url.js';
import { clearRobotsCache } from '../../src/sources/fetch/robots.js';
import { fetchItem } from '../../src/sources/url-source.js';
import { html, startServer, type TestServer } from './helpers/test-server.js';
import { codeOfAsync as code } from '../helpers/error-code.js';

const PAGE = '<html><body><p>A page.</p></body></html>';
const ROBOTS = [
  'User-agent: *',
  'Disallow: /private/',
  '',
  'User-agent: Storyline',
  'Disallow: /no-storyline/',
  'Allow: /no-storyline/open-',
  '',
].join('\n');

let site: TestServer;
let noRobots: TestServer;
let broken: TestServer;
const opts = (server: TestServer, extra: FetchOptions = {}): FetchOptions => ({ trustedHosts: [server.host], ...extra });
const robotsFetches = (server: TestServer) => server.requests.filter((r) => r.path === '/robots.txt').length;

beforeAll(async () => {
  const pages = Object.fromEntries(['/news/a.html', '/private/a.html', '/no-storyline/a.html', '/no-storyline/open-a.html'].map((p) => [p, html(PAGE)]));
  site = await startServer({ ...pages, '/robots.txt': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(ROBOTS) });
  noRobots = await startServer(pages);
  broken = await startServer({ ...pages, '/robots.txt': (_req, res) => res.writeHead(503).end('down') });
});
afterAll(async () => Promise.all([site, noRobots, broken].map((s) => s.close())));
beforeEach(() => clearRobotsCache());

describe('robots.txt', () => {
  it("follows the group for Storyline, not the others, longest match first", async () => {
    expect(await code(fetchItem(`${site.origin}/news/a.html`, opts(site)))).toBe('ok');
    // Only the Storyline group applies to Storyline: the * group's /private/ is not its rule.
    expect(await code(fetchItem(`${site.origin}/private/a.html`, opts(site)))).toBe('ok');
    expect(await code(fetchItem(`${site.origin}/no-storyline/open-a.html`, opts(site)))).toBe('ok');
    const refused = fetchItem(`${site.origin}/no-storyline/a.html`, opts(site));
    await expect(refused).rejects.toThrow(/disallowed by http:\/\/127\.0\.0\.1:\d+\/robots\.txt \(--ignore-robots fetches it anyway\)/);
    expect(await code(fetchItem(`${site.origin}/no-storyline/a.html`, opts(site)))).toBe('E_FETCH_ROBOTS');
    expect(site.requests.some((r) => r.path === '/no-storyline/a.html')).toBe(false);
  });

  it('reads robots.txt once per origin', async () => {
    const before = robotsFetches(site);
    for (const p of ['/news/a.html', '/private/a.html', '/news/a.html']) await fetchItem(`${site.origin}${p}`, opts(site));
    expect(robotsFetches(site) - before).toBe(1);
  });

  it('fetches everything when there is no robots.txt (404)', async () => {
    expect(await code(fetchItem(`${noRobots.origin}/no-storyline/a.html`, opts(noRobots)))).toBe('ok');
  });

  it('fetches nothing while robots.txt answers 5xx, and asks again for the next page', async () => {
    const failed = fetchItem(`${broken.origin}/news/a.html`, opts(broken));
    await expect(failed).rejects.toThrow(/robots\.txt could not be read \(.*HTTP 503.*\), so the site is treated as disallowing everything/);
    // A transient refusal (the queue retries it), not the site's rule.
    expect(await code(fetchItem(`${broken.origin}/news/a.html`, opts(broken)))).toBe('E_FETCH_NETWORK');
    expect(broken.requests.some((r) => r.path === '/news/a.html')).toBe(false);
    expect(robotsFetches(broken)).toBe(2);
  });

  it('ignoreRobots fetches anyway, without asking', async () => {
    const before = robotsFetches(site);
    expect(await code(fetchItem(`${site.origin}/no-storyline/a.html`, opts(site, { ignoreRobots: true })))).toBe('ok');
    expect(robotsFetches(site)).toBe(before);
  });
});
