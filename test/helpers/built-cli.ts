// Runs the built CLI (bin/storyline.js -> dist/) as a user would, building dist/ first when it is
// missing or older than src/ (a bare `npx vitest run` may find it stale; `npm test` builds first).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'bin/storyline.js');

/** Newest modification time under a folder (for "is dist older than src?"). */
export function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

export function ensureBuilt(): void {
  let stale = true;
  try {
    stale = statSync(join(ROOT, 'dist/surfaces/cli/main.js')).mtimeMs < newest(join(ROOT, 'src'));
  } catch {
    stale = true;
  }
  if (!stale) return;
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}${build.stderr}`);
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI to completion without blocking the test runner's event loop. */
export function storyline(args: string[], cwd: string, timeoutMs = 300_000): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = start(args, cwd);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d));
    child.stderr!.on('data', (d: Buffer) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolvePromise({ status, stdout, stderr });
    });
  });
}

export function start(args: string[], cwd: string): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The base URL a started `storyline serve` prints on stderr ("on http://127.0.0.1:PORT"); rejects if it exits first. */
export function servedUrl(child: ChildProcess): Promise<string> {
  return new Promise((done, fail) => {
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) done(m[1]);
    });
    child.once('exit', (code) => fail(new Error(`serve exited with ${code}: ${err}`)));
  });
}
