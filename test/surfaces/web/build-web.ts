// Makes sure dist/web is built from the current sources before the browser tests load it: `npm test`
// builds first, a bare `npx vitest run` may find it stale or missing. Test files run in parallel, so
// one builds under a lock file while the others wait for it.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { newest } from '../../helpers/built-cli.js';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const WEB_ROOT = join(ROOT, 'dist/web');

function stale(): boolean {
  try {
    return statSync(join(WEB_ROOT, 'index.html')).mtimeMs < newest(join(ROOT, 'src/surfaces/web'));
  } catch {
    return true;
  }
}

const LOCK = join(ROOT, 'dist/.web-build.lock');

export async function ensureWebBuild(): Promise<void> {
  if (!stale()) return;
  let fd: number | null = null;
  try {
    fd = openSync(LOCK, 'wx');
  } catch {
    // Another test file is building: wait for its lock to go (a crashed build's lock expires).
    for (let i = 0; i < 240 && existsSync(LOCK); i++) await new Promise((r) => setTimeout(r, 500));
    rmSync(LOCK, { force: true });
    if (!stale()) return;
    fd = openSync(LOCK, 'w');
  }
  try {
    const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
    const build = spawnSync(process.execPath, [vite, 'build', '--config', 'src/surfaces/web/vite.config.mjs'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`web build failed:\n${build.stdout}${build.stderr}`);
  } finally {
    closeSync(fd);
    rmSync(LOCK, { force: true });
  }
}
