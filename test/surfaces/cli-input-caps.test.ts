// Issue 22, findings 2 and 4, through the built CLI: `extract` refuses a text file or stdin over the
// 50 MB cap at once (before, 60 MB of text ran for minutes and reached 5 GB), and skips an over-long
// JSONL line with FILE:LINE and its code while the good lines are written. Inputs are generated here.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT, type CliResult } from '../helpers/built-cli.js';

const SENTENCE = Buffer.from('The mayor said we will rebuild the bridge on Tuesday. '.repeat(20_000)); // ~1 MB
let dir = '';

async function* text(mb: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < mb; i++) yield SENTENCE;
}

/** The built CLI with `stdin` piped in (or nothing), killed after 60 s. */
function run(args: string[], stdin?: () => AsyncGenerator<Buffer>): Promise<CliResult & { ms: number }> {
  return new Promise((done, fail) => {
    const started = Date.now();
    const child = spawn(process.execPath, [join(ROOT, 'bin/storyline.js'), ...args], { cwd: ROOT, timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr, ms: Date.now() - started }));
    child.stdin.on('error', () => {}); // the CLI stops reading at the cap
    if (stdin) Readable.from(stdin()).pipe(child.stdin);
    else child.stdin.end();
  });
}

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'storyline-caps-'));
  await pipeline(Readable.from(text(51)), createWriteStream(join(dir, 'big.txt')));
  async function* batch(): AsyncGenerator<Buffer | string> {
    yield '{"id":"first","text":"Mayor Ana Ruiz said the bridge will reopen."}\n{"id":"huge","text":"';
    yield* text(60);
    yield '"}\n{"id":"last","text":"The council said it would vote on Monday."}\n';
  }
  await pipeline(Readable.from(batch()), createGzip({ level: 1 }), createWriteStream(join(dir, 'batch.jsonl.gz')));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extract input caps', () => {
  it('refuses a text file over 50 MB with E_FETCH_TOO_LARGE, exit 2, no record', async () => {
    const r = await run(['extract', join(dir, 'big.txt'), '--format', 'jsonl']);
    expect(r.stderr).toMatch(/big\.txt: content is larger than the 50 MB cap \[E_FETCH_TOO_LARGE\]/);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.ms).toBeLessThan(20_000);
  });

  it('refuses stdin over 50 MB the same way', async () => {
    const r = await run(['extract', '-', '--format', 'jsonl'], () => text(51));
    expect(r.stderr).toMatch(/stdin: content is larger than the 50 MB cap \[E_FETCH_TOO_LARGE\]/);
    expect(r.status).toBe(2);
  });

  it('skips a 60 MB JSONL line with FILE:LINE and E_LINE_TOO_LONG; the good lines are written (exit 1)', async () => {
    const r = await run(['extract', join(dir, 'batch.jsonl.gz'), '--workers', '2']);
    expect(r.stderr).toMatch(/batch\.jsonl\.gz:2: line is longer than the 50 MB cap .*\[E_LINE_TOO_LONG\]/);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['first', 'last']);
    expect(r.status).toBe(1);
  });
});
