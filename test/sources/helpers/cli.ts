// Runs the built CLI (bin/storyline.js -> dist/) for the ingest CLI tests, building dist/ first when
// it is missing or older than src/.
import { spawn, spawnSync, type ChildProcess, type SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../helpers/built-cli.js';

export { ROOT, ensureBuilt } from '../../helpers/built-cli.js';

export function storyline(args: string[], cwd = ROOT): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(ROOT, 'bin/storyline.js'), ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
}

/** The same, asynchronous: the server under test runs in this process and must keep answering. */
export function storylineAsync(args: string[], cwd = ROOT): { child: ChildProcess; done: Promise<{ status: number | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [join(ROOT, 'bin/storyline.js'), ...args], { cwd });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ status: number | null; stdout: string; stderr: string }>((res) => child.on('close', (status) => res({ status, stdout, stderr })));
  return { child, done };
}

export function jsonLines<T = Record<string, unknown>>(text: string): T[] {
  return text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);
}
