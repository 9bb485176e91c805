// Makes sure dist/web is built from the current sources before the browser tests load it: `npm test`
// builds first, a bare `npx vitest run` may find it stale or missing.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const WEB_ROOT = join(ROOT, 'dist/web');

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

export function ensureWebBuild(): void {
  let stale = true;
  try {
    stale = statSync(join(WEB_ROOT, 'index.html')).mtimeMs < newest(join(ROOT, 'src/surfaces/web'));
  } catch {
    stale = true;
  }
  if (!stale) return;
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '--config', 'src/surfaces/web/vite.config.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`web build failed:\n${build.stdout}${build.stderr}`);
}
