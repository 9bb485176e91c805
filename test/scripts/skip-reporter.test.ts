// The skip reporter (test/helpers/skip-reporter.ts) names every skipped test's reason, and under
// STORYLINE_REQUIRE_SERVICES=1 (npm run test:all, CI) a test skipped for a missing service fails the run.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/built-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'storyline-skips-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function vitestOnFixture(env: Record<string, string>): Promise<{ status: number | null; out: string }> {
  const config = join(tmp, 'vitest.config.mjs');
  writeFileSync(
    config,
    `export default { test: { include: ['test/scripts/fixtures/skips.fixture.ts'], reporters: ['default', ${JSON.stringify(join(ROOT, 'test/helpers/skip-reporter.ts'))}] } };\n`,
  );
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--root', ROOT, '--config', config], {
      cwd: ROOT,
      env: { ...process.env, STORYLINE_REQUIRE_SERVICES: '', ...env },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (out += d));
    child.on('error', fail);
    child.on('close', (status) => done({ status, out }));
  });
}

describe('skip reporter', () => {
  it('prints each skip with its reason and passes a run that does not require the services', async () => {
    const { status, out } = await vitestOnFixture({});
    expect(out).toContain('1 test in test/scripts/fixtures/skips.fixture.ts: needs STORYLINE_TEST_REDIS');
    expect(out).toContain('1 test in test/scripts/fixtures/skips.fixture.ts: no sample data here');
    expect(status, out).toBe(0);
  });

  it('fails the run when the services are required and a test skipped for want of one', async () => {
    const { status, out } = await vitestOnFixture({ STORYLINE_REQUIRE_SERVICES: '1' });
    expect(out).toMatch(/FAILED: STORYLINE_REQUIRE_SERVICES=1/);
    expect(status).toBe(1);
  });
});
