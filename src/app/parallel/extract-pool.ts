// Runs extraction on every core: a piscina pool of worker threads, each loading the pipeline once.
// `workers: 1` runs in this thread instead (no pool, no start-up cost), so small jobs and debugging stay
// simple. extractInOrder is the batch form: results come back in input order, at most `window` in flight.
// On threads each article has a budget: wall time from the moment its thread starts it, and the
// thread's heap. An article over either fails alone (E_ARTICLE_TIMEOUT, E_ARTICLE_MEMORY); piscina
// terminates its thread and starts a fresh one, and the batch, the server or the queue goes on.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { articleSource, type ArticleSource } from '../../core/article-source.js';
import { StorylineError } from '../../core/errors.js';
import type { PipelinePreset } from '../../pipeline/default-pipeline.js';
import { pipelinePreset } from '../extract.js';
import type { ExtractTask, ExtractWorkerData } from './extract-worker.js';
import { extractOutcome, fromWire, type ItemError, type ItemOutcome, type WireResult } from './item-outcome.js';
import { mapInOrder } from './ordered-window.js';
import { extractWorkerFile } from './worker-file.js';

export interface PoolOptions {
  /** Threads; default the number of cores; 1 runs in-process. */
  workers?: number;
  /** Use threads even for workers: 1 (the scaling benchmark compares 1 and 2 threads like for like). */
  alwaysThreads?: boolean;
  /** Wall time one article may take on its thread (default ARTICLE_TIMEOUT_MS); threads only. */
  articleTimeoutMs?: number;
  /** Heap of one thread in MiB (default THREAD_HEAP_MB); threads only. */
  threadHeapMb?: number;
  /** The pipeline preset the threads load (default: this process's, app/extract.ts usePipelinePreset). */
  pipeline?: PipelinePreset;
}

/** A normal article takes 10-100 ms, an HTML page under a second: 10 s is a runaway. */
export const ARTICLE_TIMEOUT_MS = 10_000;
/** A thread holds ~300 MiB when warm; 60 MB of text once took 5 GB. */
export const THREAD_HEAP_MB = 2048;

export interface ExtractPool {
  readonly workers: number;
  /** Extracts one article (text or HTML) through the intake, app/intake.ts. */
  run(article: ArticleSource, index?: number): Promise<ItemOutcome>;
  /** Resolves once every thread has loaded the models (benchmarks start their clocks after it). */
  warm(): Promise<void>;
  close(): Promise<void>;
}

export const defaultWorkers = (): number => availableParallelism();

export function parseWorkers(value: string | undefined): number {
  if (value === undefined) return defaultWorkers();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1024) {
    throw new StorylineError('E_BAD_OPTION', `--workers must be a whole number from 1 to 1024, not "${value}"`);
  }
  return n;
}

/** `--article-timeout SECONDS` to milliseconds (undefined: the default budget). */
export function parseArticleTimeout(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const s = Number(value);
  if (!(s > 0 && s <= 3600)) throw new StorylineError('E_BAD_OPTION', `--article-timeout must be a number of seconds from 0 to 3600, not "${value}"`);
  return Math.round(s * 1000);
}

export function createExtractPool(options: PoolOptions = {}): ExtractPool {
  const workers = options.workers ?? defaultWorkers();
  if (workers <= 1 && !options.alwaysThreads) {
    return {
      workers: 1,
      run: async (article, index = 0) => extractOutcome(article, index),
      warm: async () => void extractOutcome(articleSource({ id: 'warm-up', text: 'Ana Ruiz said on Monday that 3 trucks had arrived.' }), 0),
      close: async () => undefined,
    };
  }
  const pool = new Piscina<ExtractTask, WireResult | ItemError | number>({
    filename: extractWorkerFile(),
    minThreads: workers,
    maxThreads: workers,
    // Threads hold the loaded models; never let an idle one go and pay the load again.
    idleTimeout: Number.MAX_SAFE_INTEGER,
    resourceLimits: { maxOldGenerationSizeMb: options.threadHeapMb ?? THREAD_HEAP_MB },
    workerData: { pipeline: options.pipeline ?? pipelinePreset() } satisfies ExtractWorkerData,
  });
  const budgetMs = options.articleTimeoutMs ?? ARTICLE_TIMEOUT_MS;
  const runBudgeted = (task: ExtractTask & { index: number }, id: string): Promise<ItemOutcome> =>
    runWithBudget(pool, task, budgetMs).then(
      (w) => fromWire(w as WireResult | ItemError),
      (err: unknown) => budgetError(err, task.index, id, budgetMs),
    );
  const warm = async (): Promise<void> => {
    // A thread takes tasks only once its models are loaded; pings that hold a thread 50 ms spread
    // over the ready ones. Repeat until every thread has answered.
    const seen = new Set<number>();
    for (let round = 0; seen.size < workers && round < 1200; round++) {
      for (const id of await Promise.all(Array.from({ length: workers }, () => pool.run({ ping: 50 })))) seen.add(id as number);
    }
  };
  return {
    workers,
    run: (article, index = 0) => runBudgeted({ article, index }, article.id),
    warm,
    close: async () => {
      // A thread terminated while it still imports its modules can abort the whole process on
      // Node 20 (a pending module read resolves into a dead isolate: nodejs/node#38418), and a small
      // batch ends before the last thread has loaded. So wait, within bounds, until every thread has
      // loaded; a thread that failed or hangs is terminated anyway.
      let timer: NodeJS.Timeout | undefined;
      const bound = new Promise<void>((done) => (timer = setTimeout(done, CLOSE_WAIT_MS)));
      await Promise.race([warm().catch(() => undefined), bound]);
      clearTimeout(timer);
      await pool.destroy();
    },
  };
}

/**
 * Runs a task under a wall-time budget counted from when its thread starts it (the thread stamps a
 * shared cell), not from when it was queued: a task waiting behind others, or for a fresh thread to
 * load, is not charged for the wait. Aborting a running piscina task terminates its thread.
 */
async function runWithBudget(pool: Piscina, task: ExtractTask, budgetMs: number): Promise<unknown> {
  const started = new BigInt64Array(new SharedArrayBuffer(8));
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const check = (): void => {
    const at = Number(Atomics.load(started, 0));
    const left = at === 0 ? budgetMs : at + budgetMs - Date.now();
    if (left <= 0) abort.abort();
    else timer = setTimeout(check, left);
  };
  timer = setTimeout(check, budgetMs);
  try {
    return await pool.run({ ...task, started }, { signal: abort.signal });
  } finally {
    clearTimeout(timer);
  }
}

function budgetError(err: unknown, index: number, id: string, budgetMs: number): ItemError {
  const name = (err as Error | undefined)?.name;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (name === 'AbortError') {
    return { index, id, code: 'E_ARTICLE_TIMEOUT', message: `${id}: extraction took longer than the ${budgetMs / 1000} s budget per article; stopped` };
  }
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return { index, id, code: 'E_ARTICLE_MEMORY', message: `${id}: extraction needed more than the thread's memory budget; stopped` };
  }
  throw err;
}

/** How long close() waits for threads still loading their models before it terminates them. */
const CLOSE_WAIT_MS = 60_000;

export interface InOrderOptions extends PoolOptions {
  /** Items in flight at once (read ahead of the slowest); default 4 per worker. */
  window?: number;
}

/** Extracts every article on a pool of threads; yields records and per-item errors in input order. */
export async function* extractInOrder(
  items: AsyncIterable<ArticleSource> | Iterable<ArticleSource>,
  options: InOrderOptions = {},
): AsyncGenerator<ItemOutcome> {
  const pool = createExtractPool(options);
  try {
    yield* mapInOrder(items, (article, index) => pool.run(article, index), options.window ?? pool.workers * 4);
  } finally {
    await pool.close();
  }
}
