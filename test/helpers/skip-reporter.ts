// A Vitest reporter that prints every skipped test with its reason at the end of a run, and fails the
// run when STORYLINE_REQUIRE_SERVICES=1 (set by scripts/with-services.sh, so by `npm run test:all` and
// CI) and a test that needs a service skipped anyway, or a test skipped without a reason.
// A test's reason is the "(needs ...)" in its own or an enclosing describe's name
// (`describe.skipIf(!REDIS)('queue plumbing (needs STORYLINE_TEST_REDIS)', ...)`), or the note of
// `ctx.skip(note)`. Tests left out by `-t` are not skips and are not listed.
import { relative } from 'node:path';
import type { Reporter, TestCase, TestModule, Vitest } from 'vitest/node';

/** The environment variables scripts/services.sh provides: a skip naming one means a service was missing. */
export const SERVICE_VARS = ['STORYLINE_TEST_POSTGRES', 'STORYLINE_TEST_REDIS', 'STORYLINE_CHROMIUM'];

export function skipReason(test: TestCase): string | undefined {
  const needs = /\((needs [^)]*)\)/.exec(test.fullName);
  if (needs) return needs[1];
  const result = test.result();
  return result.state === 'skipped' && result.note ? result.note : undefined;
}

export default class SkipReporter implements Reporter {
  private filtered = false;
  private root = process.cwd();

  onInit(vitest: Vitest): void {
    this.filtered = vitest.config.testNamePattern !== undefined;
    this.root = vitest.config.root;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    // Grouped by reason and file, so a skipped describe of 27 tests prints one line, not 27.
    const groups = new Map<string, { reason: string | undefined; file: string; tests: TestCase[] }>();
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        if (test.result().state !== 'skipped' || test.options.mode === 'todo') continue;
        const reason = skipReason(test);
        if (reason === undefined && this.filtered) continue;
        const key = `${reason ?? test.fullName}\0${module.moduleId}`;
        const group = groups.get(key) ?? { reason, file: relative(this.root, module.moduleId), tests: [] };
        group.tests.push(test);
        groups.set(key, group);
      }
    }
    if (groups.size === 0) return;
    const lines = [...groups.values()].map(({ reason, file, tests }) => {
      const count = tests.length === 1 ? '1 test' : `${tests.length} tests`;
      return `  ${count} in ${file}: ${reason ?? `NO REASON GIVEN (${tests[0]!.fullName})`}`;
    });
    process.stdout.write(`\nSkipped, with reasons:\n${lines.join('\n')}\n`);

    if (process.env['STORYLINE_REQUIRE_SERVICES'] !== '1') return;
    const bad = [...groups.values()].filter(({ reason }) => reason === undefined || SERVICE_VARS.some((v) => reason.includes(v)));
    if (bad.length === 0) return;
    process.stdout.write(
      `\nFAILED: STORYLINE_REQUIRE_SERVICES=1 (npm run test:all, CI) and ${bad.length === 1 ? 'a group' : `${bad.length} groups`} of tests ` +
        'skipped for a missing service or without a reason (listed above). Start the services with ' +
        '`bash scripts/with-services.sh ...`, or give the skip a reason.\n',
    );
    process.exitCode = 1;
  }
}
