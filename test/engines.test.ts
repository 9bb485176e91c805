// Every package the lockfile installs supports the oldest Node that package.json (and the README)
// promise: `npm ci` warned EBADENGINE on Node 20 when content-disposition@3 and cookie@2 (Node >= 22)
// came in through @fastify/static and fastify's light-my-request (now held back by `overrides`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/built-cli.js';

type Version = [number, number, number];

function parse(v: string): Version {
  const [a = 0, b = 0, c = 0] = v.replace(/^v/, '').split('.').map((x) => (x === 'x' || x === '*' ? 0 : Number(x)));
  return [a, b, c];
}

function cmp(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Whether `v` satisfies an npm engines range of the forms lockfiles hold (||, >=, >, <, <=, ^, X, X.Y.Z). */
export function satisfies(v: string, range: string): boolean {
  const version = parse(v);
  return range.split('||').some((alternative) =>
    alternative.trim().replace(/(>=|<=|>|<|\^|~|=)\s+/g, '$1').split(/\s+/).every((comparator) => {
      const m = /^(>=|<=|>|<|\^|~|=)?\s*v?([\dx*.]+)$/.exec(comparator);
      if (!m) return comparator === '*' || comparator === '';
      const [op = '', bound] = [m[1], m[2]!];
      const b = parse(bound);
      const parts = bound.split('.').filter((p) => /\d/.test(p)).length;
      switch (op) {
        case '>=': return cmp(version, b) >= 0;
        case '>': return cmp(version, b) > 0;
        case '<': return cmp(version, b) < 0;
        case '<=': return cmp(version, b) <= 0;
        case '^': return cmp(version, b) >= 0 && version[0] === b[0];
        case '~': return cmp(version, b) >= 0 && version[0] === b[0] && version[1] === b[1];
        default: // "20", "20.19", "20.19.0": equal in the parts given
          return version.slice(0, parts).every((x, i) => x === b[i]);
      }
    }),
  );
}

describe('engines', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> };
  const oldest = /^>=\s*([\d.]+)$/.exec(pkg.engines.node)?.[1];

  it('reads the range forms lockfiles use', () => {
    expect(satisfies('20.19.0', '>=22')).toBe(false);
    expect(satisfies('20.19.0', '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies('20.18.0', '^20.19.0 || >=22.12.0')).toBe(false);
    expect(satisfies('20.19.0', '18 || 20 || >=22')).toBe(true);
    expect(satisfies('21.0.0', '18 || 20 || >=22')).toBe(false);
    expect(satisfies('20.19.0', '^18.18.0 || ^20.9.0 || >=21.1.0')).toBe(true);
    expect(satisfies('20.19.0', '6.* || 8.* || >= 10.*')).toBe(true);
    expect(satisfies('20.19.0', '>= 22.x')).toBe(false);
  });

  it('package.json promises a lowest Node version, and the README says the same', () => {
    expect(oldest, pkg.engines.node).toMatch(/^\d+\.\d+\.\d+$/);
    const [major, minor] = oldest!.split('.');
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`Requires Node ${major}.${minor} or later`);
  });

  it('every locked package supports that Node version (no EBADENGINE on npm ci)', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && p.engines && !Array.isArray(p.engines) && p.engines.node && !satisfies(oldest!, p.engines.node))
      .map(([path, p]) => `${path}@${p.version} (node ${(p.engines as { node: string }).node})`);
    expect(refusing).toEqual([]);
  });
});
