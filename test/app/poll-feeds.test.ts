// Feed polling against a local server: good pages become records; a page that is gone, a 50 MB page,
// a gzip bomb, a redirect loop, a redirect to another port on 127.0.0.1 and a wrongly declared
// charset each give a clear per-item error (or a repaired record) while the poll carries on; a
// malformed feed backs off; a 304 costs nothing; copies are skipped or linked; the state and output
// files are always whole.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeeds } from '../../src/app/feed-subscriptions.js';
import { pollFeeds, type PollOptions, type PollSummary } from '../../src/app/poll-feeds.js';
import type { StoryRecord } from '../../src/core/record.js';
import { JsonlAppender } from '../../src/sources/feeds/append-jsonl.js';
import { loadState } from '../../src/app/feed-state.js';
import type { SourceFailure } from '../../src/sources/source-item.js';
import { BRIDGE, FLOOD, newsPage, RATES, rss } from '../sources/helpers/pages.js';
import { html, redirect, startServer, type TestServer } from '../sources/helpers/test-server.js';

let server: TestServer;
let other: TestServer;
let dir = '';

interface Run {
  summary: PollSummary;
  records: StoryRecord[];
  errors: SourceFailure[];
}

async function poll(statePath: string, extra: Partial<PollOptions> = {}): Promise<Run> {
  const records: StoryRecord[] = [];
  const errors: SourceFailure[] = [];
  const summary = await pollFeeds(
    { statePath, trustedHosts: [server.host], ...extra },
    { onRecord: (r) => records.push(r), onItemError: (f) => errors.push(f) },
  );
  return { summary, records, errors };
}

const wireCopy = newsPage({
  title: 'Thousands flee as floods hit valley',
  site: 'Daily Herald',
  paragraphs: [...FLOOD.slice(0, 4).map((p) => p.replace('on Tuesday night', 'late on Tuesday')), FLOOD[4], 'Reporting by wire correspondents; editing by the world desk.'],
});

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'storyline-poll-'));
  other = await startServer({ '/internal': html(newsPage({ title: 'Internal', paragraphs: RATES })) });
  server = await startServer({
    '/flood': html(newsPage({ title: 'Floods force thousands from homes', paragraphs: FLOOD, published: '2025-03-05T08:00:00+02:00' })),
    '/rates': html(newsPage({ title: 'Rates held', paragraphs: RATES })),
    '/wire-copy': html(wireCopy),
    '/same-body': html(newsPage({ title: 'Rates held (mirror)', paragraphs: RATES, site: 'Mirror' })),
    '/latin1': html(iconv.encode(newsPage({ title: 'Caf\u00e9 owners count the cost', paragraphs: BRIDGE.map((p) => `${p} Caf\u00e9s in S\u00e3o Bento stayed open.`) }), 'latin1'), {
      'content-type': 'text/html; charset=utf-8',
    }),
    '/gone': (_req, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>'),
    '/flaky': (_req, res) => res.writeHead(503).end(),
    '/big': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      Readable.from((function* () { for (let i = 0; i < 800; i++) yield chunk; })()).pipe(res); // 50 MB
    },
    '/bomb': html(gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20)), { 'content-encoding': 'gzip' }),
    '/loop-a': redirect('/loop-b'),
    '/loop-b': redirect('/loop-a'),
    '/broken.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(readFileSync(join(import.meta.dirname, '../../fixtures/feeds/malformed.xml'))),
  });
  server.routes.set('/to-internal', redirect(`${other.origin}/internal`));
  const o = server.origin;
  server.routes.set(
    '/news.xml',
    html(
      // Newest first, as feeds list them: the poll handles them oldest first.
      rss('Valley News', [
        { title: 'Flaky', link: `${o}/flaky`, guid: 'n8' },
        { title: 'Latin-1', link: `${o}/latin1`, guid: 'n7', pubDate: 'Thu, 06 Mar 2025 09:00:00 +0100' },
        { title: 'Internal', link: `${o}/to-internal`, guid: 'n6' },
        { title: 'Loop', link: `${o}/loop-a`, guid: 'n5' },
        { title: 'Bomb', link: `${o}/bomb`, guid: 'n4' },
        { title: 'Huge page', link: `${o}/big`, guid: 'n3' },
        { title: 'Gone', link: `${o}/gone`, guid: 'n2' },
        { title: 'Flood again (tracking link)', link: `${o}/flood?utm_source=rss&utm_medium=feed`, guid: 'n1-tracking' },
        { title: 'Floods', link: `${o}/flood`, guid: 'n1', pubDate: 'Wed, 05 Mar 2025 06:00:00 GMT' },
      ]),
      { 'content-type': 'application/rss+xml' },
    ),
  );
  let atomHits = 0;
  server.routes.set('/wire.atom', (req, res) => {
    atomHits++;
    if (req.headers['if-none-match'] === '"w1"') return res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/atom+xml', etag: '"w1"' }).end(`<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>Mirror</title><id>w-mirror</id><link href="${o}/same-body"/><updated>2025-03-06T12:00:00Z</updated></entry>
<entry><title>Copy</title><id>w-copy</id><link href="${o}/wire-copy"/><updated>2025-03-06T11:00:00Z</updated></entry>
<entry><title>Rates</title><id>w-rates</id><link href="${o}/rates"/><updated>2025-03-06T10:00:00Z</updated></entry>
</feed>`);
  });
  server.routes.set('/atom-hits', (_req, res) => res.end(String(atomHits)));
});

afterAll(async () => {
  await server.close();
  await other.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('pollFeeds', () => {
  const statePath = () => join(dir, 'state', 'feeds.json');

  it('polls three feeds: per-item errors, a failing feed, and the poll carries on', async () => {
    addFeeds(statePath(), `${server.origin}/broken.xml`);
    addFeeds(statePath(), `${server.origin}/news.xml`);
    addFeeds(statePath(), `${server.origin}/wire.atom`);
    const { summary, records, errors } = await poll(statePath());

    expect(summary.feeds.map((f) => f.status)).toEqual(['error', 'ok', 'ok']);
    expect(summary.feeds[0].message).toMatch(/malformed XML at line \d+.*\[E_FEED_PARSE\]/);

    const byUrl = Object.fromEntries(errors.map((e) => [e.location.replace(server.origin, ''), e.code]));
    expect(byUrl).toEqual({
      '/gone': 'E_FETCH_HTTP',
      '/big': 'E_FETCH_TOO_LARGE',
      '/bomb': 'E_FETCH_TOO_LARGE',
      '/loop-a': 'E_FETCH_REDIRECTS',
      '/to-internal': 'E_FETCH_PRIVATE_ADDRESS',
      '/flaky': 'E_FETCH_HTTP',
    });
    expect(errors.find((e) => e.location.endsWith('/gone'))?.message).toMatch(/HTTP 404/);

    const ids = records.map((r) => r.id);
    expect(ids).toHaveLength(4); // flood, latin1, rates, wire copy
    const flood = records.find((r) => r.url?.endsWith('/flood'))!;
    expect(flood.text).toContain('Floodwaters swept through three villages');
    expect(flood.text).not.toMatch(/Sign up|Share this story/);
    expect(flood.source).toEqual({ kind: 'feed', location: `${server.origin}/news.xml` });
    expect(flood.published).toBe('2025-03-05T08:00:00+02:00'); // the page's date wins over the feed's

    const latin = records.find((r) => r.url?.endsWith('/latin1'))!;
    expect(latin.text).toContain('Caf\u00e9s in S\u00e3o Bento');
    expect(latin.warnings.join(' ')).toMatch(/declares utf-8 but the bytes are not UTF-8/);
    expect(latin.published).toBe('2025-03-06T09:00:00+01:00'); // no date on the page: the feed's

    // The tracking-parameter link is the same article: skipped. The mirror has the same body: skipped.
    expect(summary.feeds[1].duplicates).toBe(1);
    expect(summary.feeds[2].duplicates).toBe(1);
    expect(records.filter((r) => r.url?.includes('same-body'))).toEqual([]);
    // The wire copy on another site is a near-duplicate of the flood story.
    const copy = records.find((r) => r.url?.endsWith('/wire-copy'))!;
    expect(copy.duplicateOf).toMatchObject({ id: flood.id, by: 'duplicates.minhash-lsh.v1' });
    expect(copy.duplicateOf!.similarity).toBeGreaterThan(0.5);
  });

  it('leaves a whole, parseable state and no temp files', () => {
    const files = readdirSync(join(dir, 'state'));
    expect(files).toEqual(['feeds.json']);
    const state = loadState(statePath());
    const [broken, news, wire] = state.feeds;
    expect(broken).toMatchObject({ failures: 1, etag: null });
    expect(Date.parse(broken.nextPollAt!)).toBeGreaterThan(Date.now() + 9 * 60 * 1000);
    // Permanent failures are not retried; the 503 is.
    expect(news.seen).toEqual(expect.arrayContaining(['n1', 'n1-tracking', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7']));
    expect(news.seen).not.toContain('n8');
    expect(wire.etag).toBe('"w1"');
  });

  it('second poll: 304 for the Atom feed, nothing new, only the 503 retried, the broken feed backing off', async () => {
    const before = server.requests.length;
    const { summary, records, errors } = await poll(statePath());
    expect(summary.feeds.map((f) => f.status)).toEqual(['backing-off', 'ok', 'not-modified']);
    expect(records).toEqual([]);
    expect(errors.map((e) => e.location.replace(server.origin, ''))).toEqual(['/flaky']);
    const paths = server.requests.slice(before).map((r) => r.path);
    expect(paths).toEqual(['/news.xml', '/flaky', '/wire.atom']);
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"w1"');
  });

  it('polls a backing-off feed once its time has come, doubling the wait', async () => {
    const later = new Date(Date.now() + 11 * 60 * 1000);
    const { summary } = await poll(statePath(), { now: () => later });
    expect(summary.feeds[0].status).toBe('error');
    const state = loadState(statePath());
    expect(state.feeds[0].failures).toBe(2);
    expect(Date.parse(state.feeds[0].nextPollAt!) - later.getTime()).toBe(20 * 60 * 1000);
  });

  it('refuses to run beside another live poll, and takes over a dead one\'s lock', async () => {
    writeFileSync(`${statePath()}.lock`, String(process.ppid));
    await expect(poll(statePath())).rejects.toMatchObject({ code: 'E_FEED_STATE', message: expect.stringMatching(/another poll/) });
    writeFileSync(`${statePath()}.lock`, '999999999');
    await expect(poll(statePath())).resolves.toBeDefined();
    expect(readdirSync(join(dir, 'state'))).toEqual(['feeds.json']);
  });

  it('refuses a state file that is not JSON and leaves it untouched', async () => {
    const bad = join(dir, 'bad-state.json');
    writeFileSync(bad, '{"version": 1, "feeds": [');
    await expect(poll(bad)).rejects.toMatchObject({ code: 'E_FEED_STATE' });
    expect(readFileSync(bad, 'utf8')).toBe('{"version": 1, "feeds": [');
  });
});

describe('pollFeeds backoff', () => {
  it('honours a Retry-After longer than its own backoff', async () => {
    server.routes.set('/busy.xml', (_req, res) => res.writeHead(503, { 'retry-after': '7200' }).end());
    const state = join(dir, 'busy-state.json');
    addFeeds(state, `${server.origin}/busy.xml`);
    const t = new Date('2025-03-06T10:00:00Z');
    const { summary } = await poll(state, { now: () => t });
    expect(summary.feeds[0]).toMatchObject({ status: 'error', message: expect.stringMatching(/HTTP 503.*next try after 2025-03-06T12:00:00.000Z/) });
  });
});

describe('pollFeeds --feed-content', () => {
  it('extracts a JSON Feed item from its content_html without fetching the page; a link-less item without content is an error', async () => {
    const body = RATES.map((p) => `<p>${p}</p>`).join('');
    server.routes.set('/feed.json', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/feed+json' }).end(
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Capital',
          items: [
            { id: 'j1', url: `${server.origin}/never-fetched`, title: 'Rates held', content_html: body, date_published: '2025-03-06T10:00:00Z' },
            { id: 'j2', title: 'No link, no content' },
          ],
        }),
      );
    });
    const state = join(dir, 'json-state.json');
    addFeeds(state, `${server.origin}/feed.json`);
    const { records, errors } = await poll(state, { feedContent: true });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ id: '127-0-0-1-never-fetched', published: '2025-03-06T10:00:00Z' });
    expect(records[0].text).toContain('4.25 percent');
    expect(server.requests.some((r) => r.path === '/never-fetched')).toBe(false);
    expect(errors).toMatchObject([{ code: 'E_FEED_PARSE', message: expect.stringMatching(/neither a link nor content/) }]);
  });
});

describe('JsonlAppender', () => {
  it('cuts a partial last line left by a crash, then appends whole lines', () => {
    const path = join(dir, 'out.jsonl');
    writeFileSync(path, '{"id":"a"}\n{"id":"b"}\n{"id":"c","te');
    const out = new JsonlAppender(path);
    expect(out.repairedBytes).toBe('{"id":"c","te'.length);
    out.write({ id: 'd' });
    out.close();
    expect(readFileSync(path, 'utf8')).toBe('{"id":"a"}\n{"id":"b"}\n{"id":"d"}\n');
  });

  it('leaves a file of whole lines as it is', () => {
    const path = join(dir, 'whole.jsonl');
    writeFileSync(path, '{"id":"a"}\n');
    const out = new JsonlAppender(path);
    expect(out.repairedBytes).toBe(0);
    out.close();
    expect(readFileSync(path, 'utf8')).toBe('{"id":"a"}\n');
  });
});
