import { describe, expect, it } from 'vitest';
import { buildLinearModel, scoreInto } from './linear-model.js';

/** Features given as [key, [class, weight] ...]. */
function model(nClasses: number, features: [number, ...[number, number][]][]) {
  const keys = Int32Array.from(features.map((f) => f[0]));
  const counts = Uint8Array.from(features.map((f) => f.length - 1));
  const entries = features.flatMap((f) => f.slice(1) as [number, number][]);
  return buildLinearModel(nClasses, keys, counts, Uint8Array.from(entries.map((e) => e[0])), Float32Array.from(entries.map((e) => e[1])));
}

function score(m: ReturnType<typeof model>, keys: number[]): number[] {
  const out = new Float64Array(m.nClasses);
  scoreInto(m, Int32Array.from(keys), keys.length, out);
  return [...out].map((s) => Math.round((s / m.scale) * 100) / 100);
}

describe('linear model tables', () => {
  const sparse = model(5, [
    [11, [0, 1], [3, -2]],
    [22, [4, 0.5]],
    [33, [0, 0.25], [1, 0.5], [2, -0.75], [3, 2], [4, 1]],
  ]);

  it.each([
    ['one feature, two classes in its slot', [11], [1, 0, 0, -2, 0]],
    ['one class only', [22], [0, 0, 0, 0, 0.5]],
    ['five classes, three past the slot', [33], [0.25, 0.5, -0.75, 2, 1]],
    ['features add up; unknown keys add nothing', [11, 99, 33, 22], [1.25, 0.5, -0.75, 0, 1.5]],
  ])('sparse: %s', (_, keys, expected) => {
    expect(score(sparse, keys)).toEqual(expected);
  });

  it('pairwise (three classes) keeps score differences, the third class at zero', () => {
    const m = model(3, [
      [5, [0, 1], [1, -1], [2, 0.5]],
      [6, [2, 2]],
    ]);
    expect(m.layout).toBe('pairwise');
    const [a, b, c] = score(m, [5, 6, 7]);
    // True scores: 1, -1, 2.5; shifted alike by -2.5.
    expect([a - c, b - c]).toEqual([-1.5, -3.5]);
  });

  it('finds keys after collisions (many keys in a small table)', () => {
    const features: [number, [number, number]][] = [];
    for (let k = 1; k <= 500; k++) features.push([k * 65536, [k % 7, k]]);
    const m = model(7, features);
    const out = score(m, [65536 * 499]);
    expect(out[499 % 7]).toBeCloseTo(499, 0);
  });
});
