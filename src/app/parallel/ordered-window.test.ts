import { describe, expect, it } from 'vitest';
import { mapInOrder } from './ordered-window.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('mapInOrder', () => {
  it('yields in input order when later items finish first', async () => {
    const delays = [30, 5, 20, 1, 10, 0, 15];
    const out = await collect(mapInOrder(delays, async (d, i) => (await sleep(d), i), 3));
    expect(out).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('never has more than `window` calls in flight, and reads the source lazily', async () => {
    let inFlight = 0;
    let peak = 0;
    let read = 0;
    async function* source() {
      for (let i = 0; i < 50; i++) {
        read++;
        yield i;
      }
    }
    const gen = mapInOrder(source(), async (x) => {
      peak = Math.max(peak, ++inFlight);
      await sleep(x % 3);
      inFlight--;
      return x;
    }, 4);
    const first = await gen.next();
    expect(first.value).toBe(0);
    expect(read).toBeLessThanOrEqual(5);
    const rest = await collect({ [Symbol.asyncIterator]: () => gen });
    expect(rest).toHaveLength(49);
    expect(peak).toBeLessThanOrEqual(4);
  });

  it('rethrows a failure at its turn, after the earlier results', async () => {
    const seen: number[] = [];
    await expect(async () => {
      for await (const x of mapInOrder([1, 2, 3, 4], async (x) => {
        if (x === 3) throw new Error('three');
        await sleep(5);
        return x;
      }, 4)) seen.push(x);
    }).rejects.toThrow('three');
    expect(seen).toEqual([1, 2]);
  });

  it('refuses a window below 1', async () => {
    await expect(collect(mapInOrder([1], async (x) => x, 0))).rejects.toThrow(RangeError);
  });
});
