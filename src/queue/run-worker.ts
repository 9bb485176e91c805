// A queue worker: takes article jobs from Redis, extracts them on a thread pool (one job per thread at a
// time) and stores them. close() is the graceful stop SIGTERM calls: take no new job, let the jobs in
// hand finish and be stored, then release the pool, the store and Redis. A worker killed outright
// (SIGKILL, a lost machine) stops renewing its job locks; after lockMs another worker's stalled-job
// check puts those jobs back in the queue, and the store's upsert by key keeps a replay from
// storing twice.
import { MetricsTime, Worker } from 'bullmq';
import { createExtractPool } from '../app/parallel/extract-pool.js';
import { defaultLinker } from '../app/corpus-linker.js';
import type { Store } from '../store/store.js';
import { isFinalFailure, openDeadQueue, recordDead } from './dead-letter.js';
import type { FetchPolicy } from './feed-jobs.js';
import type { JobData } from './job-data.js';
import { createProcessor, type JobResult } from './process-job.js';
import { ARTICLE_QUEUE, DEFAULT_PREFIX, type QueueTarget } from './queue-config.js';
import { redisConnection } from './redis-connection.js';

export interface WorkerOptions extends QueueTarget {
  /** The corpus store the worker writes to; the worker closes it when it stops. */
  store: Store;
  /** Extraction threads (and jobs in hand); 1 = extract in this thread. */
  workers: number;
  /** How long a job's lock lasts without renewal before the job counts as stalled. */
  lockMs?: number;
  onEvent?: (event: WorkerEvent) => void;
  fetchPolicy?: FetchPolicy;
  /** Wall-time budget per article on the extraction threads (default: the pool's). */
  articleTimeoutMs?: number;
}

export type WorkerEvent =
  | { type: 'completed'; key: string; status: JobResult['status'] }
  | { type: 'failed'; id: string; reason: string; final: boolean }
  | { type: 'error'; message: string };

export interface RunningWorker {
  close(): Promise<void>;
}

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  const pool = createExtractPool({ workers: options.workers, articleTimeoutMs: options.articleTimeoutMs });
  const dead = openDeadQueue(options);
  const lockDuration = options.lockMs ?? 30_000;
  const worker = new Worker<JobData, JobResult>(
    ARTICLE_QUEUE,
    createProcessor({ pool, store: options.store, linker: defaultLinker(), fetchPolicy: options.fetchPolicy }),
    {
      connection: redisConnection(options.redis),
      prefix,
      concurrency: pool.workers,
      lockDuration,
      stalledInterval: Math.max(1000, Math.round(lockDuration / 2)),
      // Counts per minute for `storyline status` (done in total), kept for two weeks.
      metrics: { maxDataPoints: MetricsTime.TWO_WEEKS },
    },
  );
  const emit = options.onEvent ?? (() => undefined);
  const deadWrites = new Set<Promise<void>>();
  worker.on('completed', (_job, result) => emit({ type: 'completed', key: result.key, status: result.status }));
  worker.on('failed', (job, err) => {
    if (!job) return;
    const final = isFinalFailure(job, err);
    emit({ type: 'failed', id: String(job.id), reason: err.message, final });
    if (!final) return;
    const write = recordDead(dead, job, err).catch((e: Error) => emit({ type: 'error', message: `dead-letter: ${e.message}` }));
    deadWrites.add(write);
    void write.finally(() => deadWrites.delete(write));
  });
  worker.on('error', (err) => emit({ type: 'error', message: err.message }));
  await worker.waitUntilReady();

  let closing: Promise<void> | undefined;
  return {
    close: () =>
      (closing ??= (async () => {
        await worker.close();
        await Promise.allSettled([...deadWrites]);
        await Promise.allSettled([pool.close(), options.store.close(), dead.close()]);
      })()),
  };
}
