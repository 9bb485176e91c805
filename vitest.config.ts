// Vitest: unit tests beside the code (src/**/*.test.ts) and cross-stage, property and surface tests
// in test/ (mirroring src/). The timeout is generous because a few tests process megabytes of text
// or spawn the built CLI. The skip reporter lists every skipped test with its reason, and fails a run
// that needs the services (npm run test:all) when one skipped for want of a service.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', 'scratch/**'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default', './test/helpers/skip-reporter.ts'],
  },
});
