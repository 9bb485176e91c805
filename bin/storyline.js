#!/usr/bin/env node
// Entry point for `npx storyline`: runs the compiled CLI (built by `npm ci` through the `prepare` script).
import { main } from '../dist/surfaces/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`storyline: ${err?.message ?? err}\n`); process.exitCode = 1; },
);
