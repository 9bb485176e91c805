// The README's commands run as written. Every ```sh block is run by bash (set -euo pipefail), in README
// order, in a scratch copy of the repository root (its entries linked, so the files the commands write
// stay out of the checkout), and a failing command fails its test. `npx storyline` is the built CLI,
// `node bin/storyline.js` (a shell function, so the lines stay as written; one test runs the real npx).
// A block whose fence says `sh not-run: REASON` is not run, and its reason is printed; ```text blocks
// show forms, not commands.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './helpers/built-cli.js';

export interface CodeBlock {
  /** 1-based line of the opening fence. */
  line: number;
  /** The fence's info string: "sh", "sh not-run: why", "text". */
  info: string;
  code: string;
}

export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let open: { line: number; info: string; lines: string[] } | null = null;
  markdown.split('\n').forEach((text, i) => {
    if (open === null) {
      const fence = /^```(.*)$/.exec(text);
      if (fence) open = { line: i + 1, info: fence[1]!.trim(), lines: [] };
    } else if (/^```\s*$/.test(text)) {
      blocks.push({ line: open.line, info: open.info, code: open.lines.join('\n') });
      open = null;
    } else {
      open.lines.push(text);
    }
  });
  return blocks;
}

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const SHELL = codeBlocks(README).filter((b) => /^(sh|bash)\b/.test(b.info));
const NOT_RUN = SHELL.filter((b) => /\bnot-run:/.test(b.info));
const RUN = SHELL.filter((b) => !/\bnot-run:/.test(b.info));
const SHARED = resolve(ROOT, '../shared');

// A background server a block starts (examples/serve-examples.mjs) is stopped even when a command fails.
const PREAMBLE = `set -euo pipefail
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT
npx() { if [ "$1" = storyline ]; then shift; node ${JSON.stringify(join(ROOT, 'bin/storyline.js'))} "$@"; else command npx "$@"; fi; }
`;

let scratch = '';
let work = '';

beforeAll(() => {
  ensureBuilt();
  // scratch/main mirrors the repository root; scratch/shared is ../shared, which some blocks read.
  scratch = mkdtempSync(join(tmpdir(), 'storyline-readme-'));
  work = join(scratch, 'main');
  mkdirSync(work);
  for (const entry of readdirSync(ROOT)) {
    // Not linked: what the commands write (out/, .storyline/ and the outputs they name) starts empty here.
    if (entry === '.git' || entry === '.storyline' || entry === 'out' || /^(storyline\.db.*|records\.jsonl|record\.schema\.json|feed-records\.jsonl|quotes\.csv)$/.test(entry)) continue;
    symlinkSync(join(ROOT, entry), join(work, entry));
  }
  if (existsSync(SHARED)) symlinkSync(SHARED, join(scratch, 'shared'));
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function bash(script: string, cwd: string): Promise<{ status: number | null; out: string }> {
  return new Promise((done, fail) => {
    const child = spawn('bash', ['-c', script], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (out += d));
    child.on('error', fail);
    child.on('close', (status) => done({ status, out }));
  });
}

describe('README', () => {
  it('keeps its first lines: the two set-up commands, then the main command on a bundled example', () => {
    const [setup, main] = codeBlocks(README);
    expect(setup!.line).toBe(1);
    expect(setup!.code.split('\n').map((l) => l.split('#')[0]!.trim())).toEqual(['npm ci', 'npm run test:all']);
    expect(main!.code.trim()).toBe('npx storyline extract examples/summit.txt --published 2025-03-06');
    expect(existsSync(join(ROOT, 'examples/summit.txt'))).toBe(true);
  });

  it('runs most of its shell blocks, and says why it does not run the others', () => {
    expect(RUN.length).toBeGreaterThanOrEqual(7);
    for (const b of NOT_RUN) expect(b.info, `line ${b.line}`).toMatch(/not-run: \S.{10,}/);
    expect(NOT_RUN.length).toBeLessThanOrEqual(2);
    process.stdout.write(NOT_RUN.map((b) => `README line ${b.line} not run: ${b.info.replace(/^.*not-run:\s*/, '')}\n`).join(''));
  });

  it('npx storyline runs the repository\'s own CLI', () => {
    const run = spawnSync('npx', ['storyline', '--version'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(`storyline ${(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`);
  });

  // The scorer block extracts three dev sets: 90 s on a busy two-core machine.
  it.for(RUN.map((b) => [`line ${b.line}: ${b.code.split('\n')[0]}`, b] as const))('%s', { timeout: 600_000 }, async ([, block], ctx) => {
    if (block.code.includes('../shared/') && !existsSync(SHARED)) ctx.skip('needs ../shared (the gold data and scorers)');
    const { status, out } = await bash(PREAMBLE + block.code, work);
    expect(status, `README line ${block.line} failed:\n${block.code}\n---\n${out.slice(-4000)}`).toBe(0);
  });
});
