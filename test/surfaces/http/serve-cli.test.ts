// Smoke test of what ships: `storyline serve` from the built CLI, as docs/api.md tells a user to run
// it — it listens on loopback, answers the API and the UI (extraction on its worker threads), refuses
// an open non-loopback bind, and stops cleanly on SIGTERM.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT, servedUrl } from '../../helpers/built-cli.js';

const BIN = join(ROOT, 'bin/storyline.js');

let tmp = '';
let child: ChildProcess;
let base = '';

beforeAll(async () => {
  ensureBuilt(); // `npm test` builds first; a bare `npx vitest run` may find dist/ stale
  tmp = mkdtempSync(join(tmpdir(), 'storyline-serve-'));
  child = spawn(process.execPath, [BIN, 'serve', '--db', join(tmp, 'corpus.db'), '--port', '0', '--log-level', 'warn'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  base = await servedUrl(child);
});

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
});

describe('storyline serve (built CLI)', () => {
  it('answers /health with the store kind', async () => {
    const res = await fetch(`${base}/health`);
    expect(await res.json()).toEqual({ ok: true, version: expect.any(String), store: 'sqlite' });
  });

  it('serves the web UI at / as HTML with a strict CSP', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const body = await res.text();
    // Built UI or, without a build, the hint on how to build it.
    expect(body).toMatch(/<div id="app">|npm run build:web/);
  });

  it('stores through POST /extract and finds the quote through GET /quotes', async () => {
    const text = 'Ana Ruiz, the mayor of Lima, said on Tuesday: "We will rebuild the bridge by March."';
    const res = await fetch(`${base}/extract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: 'lima', text, save: true }) });
    expect(res.status).toBe(200);
    const quotes = (await (await fetch(`${base}/quotes?q=rebuild+bridge`)).json()) as { quotes: { speaker: string }[] };
    expect(quotes.quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz']);
  });

  it('extracts an HTML page on the worker threads, keeping the page metadata', async () => {
    const html = '<html><head><title>Bridge news</title><meta property="article:published_time" content="2025-03-04"></head><body><nav>Home Sport</nav>' +
      '<article><h1>Bridge news</h1><p>Ana Ruiz, the mayor of Lima, said on Tuesday that the Rimac bridge would reopen in March after the repairs.</p>' +
      '<p>"We will rebuild the bridge by March," Ms Ruiz told reporters in Lima on Tuesday afternoon.</p></article></body></html>';
    const res = await fetch(`${base}/extract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ html, title: 'Given' }) });
    expect(res.status).toBe(200);
    const { record } = (await res.json()) as { record: { title: string; published: string; text: string } };
    expect(record.title).toBe('Given');
    expect(record.published).toMatch(/^2025-03-04/);
    expect(record.text).toContain('We will rebuild the bridge by March');
    expect(record.text).not.toContain('Home Sport');
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses to listen beyond loopback without a token (exit 2, E_BAD_OPTION)', () => {
    const run = spawnSync(process.execPath, [BIN, 'serve', '--host', '0.0.0.0', '--db', join(tmp, 'other.db')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, STORYLINE_TOKEN: '' } });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/give --token or set STORYLINE_TOKEN \[E_BAD_OPTION\]/);
  });
});
