// scripts/with-services.sh (npm run test:all, CI) refuses to run the tests when a service cannot start:
// its old `eval "$(bash services.sh)"` swallowed the failure, and the store, queue and browser tests
// then skipped themselves in a run that reported success. Here services.sh is replaced by fakes.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/built-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'storyline-services-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const GOOD_ENV = [
  'echo "export STORYLINE_TEST_POSTGRES=postgres://u:p@127.0.0.1:5432/t"',
  'echo "export STORYLINE_TEST_REDIS=redis://127.0.0.1:6379"',
  'echo "export STORYLINE_CHROMIUM=/bin/sh"',
];

/** Runs with-services.sh beside a fake services.sh; the command writes its environment to a file. */
function withFakeServices(name: string, fakeLines: string[]) {
  const dir = join(tmp, name);
  spawnSync('mkdir', ['-p', dir]);
  copyFileSync(join(ROOT, 'scripts/with-services.sh'), join(dir, 'with-services.sh'));
  writeFileSync(join(dir, 'services.sh'), ['#!/usr/bin/env bash', ...fakeLines, ''].join('\n'));
  const marker = join(dir, 'ran');
  const run = spawnSync('bash', [join(dir, 'with-services.sh'), 'sh', '-c', `env > ${marker}`], { encoding: 'utf8' });
  return { ...run, ran: existsSync(marker) ? readFileSync(marker, 'utf8') : undefined };
}

describe('with-services.sh', () => {
  it('fails, without running the command, when services.sh fails (a Chromium install that could not get the apt lock)', () => {
    const run = withFakeServices('fails', [...GOOD_ENV.slice(0, 2), 'echo "services: FAILED: apt-get install chromium failed" >&2', 'exit 1']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('with-services: FAILED: scripts/services.sh could not install or start the test services');
    expect(run.ran).toBeUndefined();
  });

  it('fails when services.sh succeeds but leaves a service address empty', () => {
    const run = withFakeServices('empty', [...GOOD_ENV.slice(0, 2), 'echo "export STORYLINE_CHROMIUM="']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('gave no STORYLINE_CHROMIUM');
    expect(run.ran).toBeUndefined();
  });

  it('runs the command with the addresses and STORYLINE_REQUIRE_SERVICES=1 when every service is up', () => {
    const run = withFakeServices('good', GOOD_ENV);
    expect(run.status, run.stderr).toBe(0);
    expect(run.ran).toContain('STORYLINE_TEST_REDIS=redis://127.0.0.1:6379');
    expect(run.ran).toContain('STORYLINE_REQUIRE_SERVICES=1');
  });
});
