// Issue 22, findings 8 and 10, through the built CLI: a URL refused before any request (credentials,
// unparseable) ends at once rather than after --timeout, and one bad gzipped article exits 2 whether
// it is a .txt.gz or an .html.gz (a .txt.gz exited 1, as if it were a batch).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, storyline } from '../helpers/built-cli.js';

let dir = '';
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'storyline-exit-'));
  for (const name of ['bad.txt.gz', 'bad.html.gz']) writeFileSync(join(dir, name), 'not gzip at all');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extract exit codes and refused URLs', () => {
  it.each([
    ['http://user:secret@example.com/story', /credentials/],
    ['http://[::1/story', /not a valid URL/],
  ])('%s is refused at once with E_FETCH_BAD_URL, not after --timeout 60', async (url, message) => {
    const started = Date.now();
    const r = await storyline(['extract', url, '--timeout', '60'], dir, 50_000);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/\[E_FETCH_BAD_URL\]/);
    expect(r.status).toBe(2);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it.each(['bad.txt.gz', 'bad.html.gz'])('one corrupt %s exits 2 with E_SOURCE_READ', async (name) => {
    const r = await storyline(['extract', name], dir, 50_000);
    expect(r.stderr).toMatch(/E_SOURCE_READ/);
    expect(r.status).toBe(2);
  });
});
