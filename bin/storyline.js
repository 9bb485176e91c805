#!/usr/bin/env node
// Entry point for `npx storyline`: runs the compiled CLI in dist/. `npm ci` builds dist/ through the
// `prepare` script; when that did not run (`npm ci --ignore-scripts`, a package manager that skips the
// root package's lifecycle scripts), build once here with the local TypeScript, or say what to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = new URL('../dist/surfaces/cli/main.js', import.meta.url);

if (!existsSync(entry)) {
  const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
  if (!existsSync(tsc)) {
    process.stderr.write('storyline: dist/ is missing and TypeScript is not installed; run `npm ci` (or `npm install && npm run build`) in the repository\n');
    process.exit(2);
  }
  process.stderr.write('storyline: dist/ is missing; building it once (npm run build)...\n');
  const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status !== 0 || !existsSync(entry)) {
    process.stderr.write('storyline: the build failed; run `npm run build` to see why\n');
    process.exit(2);
  }
}

const { main } = await import(entry.href);
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`storyline: ${err?.message ?? err}\n`); process.exitCode = 1; },
);
