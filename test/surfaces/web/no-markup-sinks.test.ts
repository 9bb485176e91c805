// A static guard beside the browser tests: no module of the web UI uses an API that parses a string
// as markup, so article text can only ever reach the DOM as text nodes and attribute values.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './build-web.js';

const SINKS = /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|srcdoc|javascript:/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(tsx?|html)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('web UI sources', () => {
  const files = sources(join(ROOT, 'src/surfaces/web'));
  it('exist', () => expect(files.length).toBeGreaterThan(10));
  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('%s uses no markup-parsing sink', (_name, file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines.filter((line) => SINKS.test(line))).toEqual([]);
  });
});
