// The built CLI on ingestion inputs: `storyline extract` on an HTML file, a directory with .gz files,
// a WARC file and URLs (refused on 127.0.0.1 without --allow-private); `storyline feeds add/list/poll`
// with --out, including a poll killed mid-way (SIGKILL) that leaves whole files and loses nothing.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordSchema, type StoryRecord } from '../../src/core/record.js';
import { spanProblems } from '../helpers/record-spans.js';
import { ensureBuilt, jsonLines, storyline, storylineAsync } from '../sources/helpers/cli.js';
import { writeWarc } from '../sources/helpers/make-warc.js';
import { BRIDGE, FLOOD, newsPage, RATES, rss } from '../sources/helpers/pages.js';
import { html, startServer, type TestServer } from '../sources/helpers/test-server.js';

let dir = '';
let server: TestServer;

// The test server lives in this process: a CLI run that talks to it must not block the event loop.
const run = (args: string[]) => storylineAsync(args).done;

function expectValid(record: StoryRecord): void {
  expect(RecordSchema.safeParse(record).success).toBe(true);
  expect(spanProblems(record, record.text)).toEqual([]);
}

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'storyline-cli-ingest-'));
  server = await startServer({
    '/flood': html(newsPage({ title: 'Floods force thousands from homes', paragraphs: FLOOD, published: '2025-03-05' })),
    '/rates': html(newsPage({ title: 'Rates held', paragraphs: RATES })),
    '/bridge': html(newsPage({ title: 'Bridge repairs approved', paragraphs: BRIDGE })),
  });
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('storyline extract (ingestion inputs)', () => {
  it('an HTML file: the article body as text, page metadata beside it, id from the file name', () => {
    const path = join(dir, 'flood-story.html');
    writeFileSync(path, newsPage({ title: 'Floods force thousands from homes', paragraphs: FLOOD, published: '2025-03-05T08:00:00+02:00' }));
    const run = storyline(['extract', path, '--format', 'jsonl']);
    expect(run.status, run.stderr).toBe(0);
    const [record] = jsonLines<StoryRecord>(run.stdout);
    expectValid(record);
    expect(record).toMatchObject({ id: 'flood-story', title: 'Floods force thousands from homes', published: '2025-03-05T08:00:00+02:00', source: { kind: 'html', location: path } });
    expect(record.text.startsWith('Floodwaters swept')).toBe(true);
    expect(record.text).not.toMatch(/Sign up|Home World Sport/);
    expect(record.quotes.length).toBeGreaterThan(0);
  });

  it('a directory with .gz files: one record per page, ids without extensions, a bad file reported and skipped', () => {
    const d = join(dir, 'pages');
    mkdirSync(d);
    writeFileSync(join(d, 'abc.html.gz'), gzipSync(newsPage({ title: 'Rates held', paragraphs: RATES })));
    writeFileSync(join(d, 'bridge.htm'), newsPage({ title: 'Bridge', paragraphs: BRIDGE }));
    writeFileSync(join(d, 'note.txt'), 'The council met on Monday. "We will fix the bridge," said the mayor.');
    writeFileSync(join(d, 'zz-broken.txt.gz'), 'this is not gzip');
    const run = storyline(['extract', d]);
    expect(run.status).toBe(1);
    const records = jsonLines<StoryRecord>(run.stdout);
    expect(records.map((r) => [r.id, r.source?.kind])).toEqual([
      ['abc', 'html'],
      ['bridge', 'html'],
      ['note', 'text'],
    ]);
    records.forEach(expectValid);
    expect(records[0].text).toContain('4.25 percent');
    expect(run.stderr).toMatch(/zz-broken\.txt\.gz: corrupt gzip data .*\[E_SOURCE_READ\]/);
    expect(run.stderr).toMatch(/3 records written, 1 failed/);
  });

  it('a gzipped JSONL batch; a .gz that is not gzip is refused', () => {
    const path = join(dir, 'batch.jsonl.gz');
    writeFileSync(path, gzipSync('{"id":"a","text":"The mayor said on Monday that the bridge would reopen."}\n{"id":"b","text":"Rates were held."}\n'));
    const run = storyline(['extract', path]);
    expect(run.status, run.stderr).toBe(0);
    expect(jsonLines<StoryRecord>(run.stdout).map((r) => r.id)).toEqual(['a', 'b']);
    const bad = join(dir, 'bad.jsonl.gz');
    writeFileSync(bad, '{"id":"a","text":"plain"}\n');
    const refused = storyline(['extract', bad]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/not gzip data.*\[E_SOURCE_READ\]/);
  });

  it('a WARC file: its HTML responses, with their URLs, and near-copies marked', async () => {
    const path = join(dir, 'crawl.warc.gz');
    await writeWarc(
      path,
      [
        { url: 'https://valley.example/flood', body: newsPage({ title: 'Floods', paragraphs: FLOOD }) },
        { url: 'https://valley.example/logo.png', body: new Uint8Array([1, 2, 3]), contentType: 'image/png' },
        { url: 'https://herald.example/flood-copy', body: newsPage({ title: 'Thousands flee floods', site: 'Daily Herald', paragraphs: [...FLOOD, 'Reporting by wire staff.'] }) },
        { url: 'https://valley.example/rates', body: newsPage({ title: 'Rates', paragraphs: RATES }) },
      ],
      true,
    );
    const run = storyline(['extract', path]);
    expect(run.status, run.stderr).toBe(0);
    const records = jsonLines<StoryRecord>(run.stdout);
    expect(records.map((r) => [r.id, r.url, r.source?.kind])).toEqual([
      ['crawl-2', 'https://valley.example/flood', 'warc'],
      ['crawl-4', 'https://herald.example/flood-copy', 'warc'],
      ['crawl-5', 'https://valley.example/rates', 'warc'],
    ]);
    expect(records[1].duplicateOf).toMatchObject({ id: 'crawl-2' });
    expect(records[2].duplicateOf).toBeNull();
    expect(run.stderr).toMatch(/1 near-duplicate marked/);
  });

  it('a URL: refused on 127.0.0.1, fetched with --allow-private', async () => {
    const refused = await run(['extract', `${server.origin}/flood`]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/127\.0\.0\.1 is a loopback address.*\[E_FETCH_PRIVATE_ADDRESS\]/);
    const fetched = await run(['extract', `${server.origin}/flood`, '--allow-private', '--format', 'jsonl']);
    expect(fetched.status, fetched.stderr).toBe(0);
    const [record] = jsonLines<StoryRecord>(fetched.stdout);
    expect(record).toMatchObject({ id: '127-0-0-1-flood', source: { kind: 'url', location: `${server.origin}/flood` }, published: '2025-03-05' });
    expectValid(record);
  });

  it("a URL the site's robots.txt disallows: refused with the reason, fetched with --ignore-robots", async () => {
    const site = await startServer({
      '/robots.txt': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /archive/\n'),
      '/archive/flood': server.routes.get('/flood')!,
    });
    try {
      const refused = await run(['extract', `${site.origin}/archive/flood`, '--allow-private']);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toMatch(/disallowed by http:\/\/127\.0\.0\.1:\d+\/robots\.txt \(--ignore-robots fetches it anyway\) \[E_FETCH_ROBOTS\]/);
      expect(site.requests.map((r) => r.path)).toEqual(['/robots.txt']);
      const fetched = await run(['extract', `${site.origin}/archive/flood`, '--allow-private', '--ignore-robots', '--format', 'jsonl']);
      expect(fetched.status, fetched.stderr).toBe(0);
      expect(jsonLines<StoryRecord>(fetched.stdout)[0].text).toContain('Floodwaters swept through');
    } finally {
      await site.close();
    }
  });
});

describe('storyline feeds', () => {
  it('add, list, poll to --out, poll again (nothing new)', async () => {
    server.routes.set('/feed.xml', html(rss('Valley', [{ title: 'Rates', link: `${server.origin}/rates` }, { title: 'Flood', link: `${server.origin}/flood` }]), { 'content-type': 'application/rss+xml' }));
    const state = join(dir, 'feeds-a', 'state.json');
    const out = join(dir, 'feeds-a', 'records.jsonl');
    expect(storyline(['feeds', 'add', `${server.origin}/feed.xml`, '--state', state]).stderr).toMatch(/added/);
    expect(storyline(['feeds', 'add', `${server.origin}/feed.xml`, '--state', state]).stderr).toMatch(/already subscribed/);
    expect(storyline(['feeds', 'list', '--state', state]).stdout).toMatch(/feed\.xml\t\t0 items seen\tnever polled/);

    const first = await run(['feeds', 'poll', '--state', state, '--out', out, '--allow-private']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toBe('');
    const records = jsonLines<StoryRecord>(readFileSync(out, 'utf8'));
    expect(records.map((r) => r.title)).toEqual(['Floods force thousands from homes', 'Rates held']);
    records.forEach(expectValid);
    expect(first.stderr).toMatch(/feed\.xml: 2 new/);

    const second = await run(['feeds', 'poll', '--state', state, '--out', out, '--allow-private']);
    expect(second.status).toBe(0);
    expect(second.stderr).toMatch(/feed\.xml: 0 new/);
    expect(jsonLines(readFileSync(out, 'utf8'))).toHaveLength(2);
    expect(storyline(['feeds', 'list', '--state', state]).stdout).toMatch(/Valley\t2 items seen\tok /);
  });

  it('adds the feeds of an OPML file', () => {
    const state = join(dir, 'feeds-opml', 'state.json');
    const run = storyline(['feeds', 'add', 'fixtures/feeds/subscriptions.opml', '--state', state]);
    expect(run.status).toBe(0);
    expect(JSON.parse(storyline(['feeds', 'list', '--state', state, '--format', 'json']).stdout).map((f: { url: string }) => f.url)).toEqual([
      'https://valley.example/rss.xml',
      'https://gazette.example/rss',
      'https://courier.example/feed.atom',
    ]);
  });

  it('a poll killed mid-way leaves whole files, and the next poll finishes the job without repeats', async () => {
    let hang = true;
    server.routes.set('/slow', (_req, res) => {
      if (!hang) return html(newsPage({ title: 'Bridge repairs approved', paragraphs: BRIDGE }))(_req, res);
      // Never answers: the poll is killed while waiting here.
    });
    server.routes.set('/one.xml', html(rss('One', [{ title: 'Flood', link: `${server.origin}/flood` }, { title: 'Rates', link: `${server.origin}/rates` }]), { 'content-type': 'application/rss+xml' }));
    server.routes.set('/two.xml', html(rss('Two', [{ title: 'Slow', link: `${server.origin}/slow` }]), { 'content-type': 'application/rss+xml' }));
    const base = join(dir, 'feeds-kill');
    const state = join(base, 'state.json');
    const out = join(base, 'records.jsonl');
    storyline(['feeds', 'add', `${server.origin}/one.xml`, '--state', state]);
    storyline(['feeds', 'add', `${server.origin}/two.xml`, '--state', state]);

    const { child, done } = storylineAsync(['feeds', 'poll', '--state', state, '--out', out, '--allow-private', '--timeout', '60']);
    const started = Date.now();
    while (!server.requests.some((r) => r.path === '/slow') && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGKILL');
    await done;

    // No temp file; the killed poll's lock stays behind and is taken over by the next poll.
    expect(readdirSync(base).sort()).toEqual(['records.jsonl', 'state.json', 'state.json.lock']);
    const saved = JSON.parse(readFileSync(state, 'utf8'));
    expect(saved.feeds.map((f: { seen: string[] }) => f.seen.length)).toEqual([2, 0]);
    const firstLines = readFileSync(out, 'utf8');
    expect(firstLines.endsWith('\n')).toBe(true);
    expect(jsonLines(firstLines)).toHaveLength(2);

    hang = false;
    const again = await run(['feeds', 'poll', '--state', state, '--out', out, '--allow-private']);
    expect(again.status, again.stderr).toBe(0);
    const all = jsonLines<StoryRecord>(readFileSync(out, 'utf8'));
    expect(all.map((r) => r.title)).toEqual(['Rates held', 'Floods force thousands from homes', 'Bridge repairs approved']);
    expect(readdirSync(base).sort()).toEqual(['records.jsonl', 'state.json']);
  });
});
