// One version string: package.json's, shown by the CLI (test/readme.test.ts runs `storyline
// --version`), the HTTP API's /health and OpenAPI document, and the fetcher's User-Agent.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/core/version.js';
import { USER_AGENT } from '../../src/sources/fetch/fetch-url.js';
import { createContext } from '../../src/surfaces/http/context.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('version', () => {
  it('is package.json\'s, everywhere it is shown', () => {
    expect(VERSION).toBe(pkg.version);
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
    expect(createContext().version).toBe(VERSION);
    expect(USER_AGENT).toContain(`Storyline/${VERSION} `);
  });

  it('has no copy written out in the source', () => {
    for (const file of ['src/surfaces/cli/main.ts', 'src/surfaces/http/context.ts', 'src/sources/fetch/fetch-url.ts']) {
      expect(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), file).not.toContain(pkg.version);
    }
  });
});
