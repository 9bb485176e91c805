// `storyline serve --allow-private` (built CLI): POST /extract may then fetch a page on a loopback
// address, which the server refuses by default with a message telling the user to pass this option.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT, servedUrl } from '../../helpers/built-cli.js';

const BIN = join(ROOT, 'bin/storyline.js');
const PAGE = '<html><head><title>Harbour news</title></head><body><article><h1>Harbour news</h1>' +
  '<p>Ana Ruiz, the mayor of Lima, said on Tuesday that the port of Callao would reopen on Friday after the storm.</p>' +
  '<p>"We will reopen the harbour on Friday," Ms Ruiz told reporters at the city hall in Lima.</p></article></body></html>';

let tmp = '';
let pages: Server;
let pageUrl = '';
const servers: ChildProcess[] = [];

/** Starts `storyline serve` with extra arguments and resolves its base URL (or its failure output). */
function serve(args: string[]): Promise<string> {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', join(tmp, `c${servers.length}.db`), '--port', '0', '--log-level', 'warn', '--workers', '1', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  servers.push(child);
  return servedUrl(child);
}

const extractUrl = (base: string) =>
  fetch(`${base}/extract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url: pageUrl }) });

beforeAll(async () => {
  ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'storyline-serve-private-'));
  pages = createServer((req, res) => {
    if (req.url === '/harbour') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else res.writeHead(404).end('not here');
  });
  await new Promise<void>((done) => pages.listen(0, '127.0.0.1', done));
  pageUrl = `http://127.0.0.1:${(pages.address() as { port: number }).port}/harbour`;
});

afterAll(async () => {
  for (const child of servers) if (child.exitCode === null) child.kill('SIGKILL');
  await new Promise((done) => pages.close(done));
  rmSync(tmp, { recursive: true, force: true });
});

describe('storyline serve --allow-private', () => {
  it('refuses a loopback URL by default, and the message names --allow-private', async () => {
    const res = await extractUrl(await serve([]));
    expect(res.status).toBe(403);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('E_FETCH_PRIVATE_ADDRESS');
    expect(body.error.message).toContain('--allow-private');
  });

  it('with --allow-private, fetches and extracts the loopback page', async () => {
    const res = await extractUrl(await serve(['--allow-private']));
    expect(res.status).toBe(200);
    const { record } = (await res.json()) as { record: { text: string; url: string } };
    expect(record.url).toBe(pageUrl);
    expect(record.text).toContain('We will reopen the harbour on Friday');
  });
});
