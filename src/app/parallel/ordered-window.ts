// Maps an (async) iterable through an async function with at most `window` calls in flight, and
// yields the results in input order. Memory stays bounded: the source is read only as fast as the
// slowest in-flight item lets results leave, so a 100,000-line batch never sits in memory whole.
// Hand-written (about 30 lines) because p-map/p-queue either buffer every result until the end or
// do not keep order; this needs both order and a bounded window.

export async function* mapInOrder<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  fn: (item: T, index: number) => Promise<R>,
  window: number,
): AsyncGenerator<R> {
  if (!Number.isInteger(window) || window < 1) throw new RangeError(`window must be a positive integer, got ${window}`);
  const inFlight: Promise<R>[] = [];
  let index = 0;
  for await (const item of items) {
    const pending = fn(item, index++);
    // Attach a no-op handler now so a rejection that waits its turn is not reported as unhandled;
    // it is still rethrown, in order, when its turn comes.
    pending.catch(() => undefined);
    inFlight.push(pending);
    if (inFlight.length >= window) yield await (inFlight.shift() as Promise<R>);
  }
  while (inFlight.length > 0) yield await (inFlight.shift() as Promise<R>);
}
