// The queue's names and the job policy every producer and worker shares. Redis keys are
// `<prefix>:<queue>:...`; a different --prefix gives an independent fleet on the same Redis (the tests
// use one per run).
import type { JobsOptions } from 'bullmq';

export const ARTICLE_QUEUE = 'storyline-articles';
/** Jobs that failed for good, with the reason and the attempts made, kept for inspection and requeue. */
export const DEAD_QUEUE = 'storyline-dead';
export const DEFAULT_PREFIX = 'storyline';

export interface QueueTarget {
  redis: string;
  prefix?: string;
}

export const JOB_OPTIONS: JobsOptions = {
  // Transient failures (network, database) retry after 2 s, 4 s, 8 s, 16 s; bad input fails at once
  // (the processor throws UnrecoverableError for it).
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  // Completed jobs leave Redis quickly (the store holds the result); a window stays for `status`'s rate.
  removeOnComplete: { count: 2000 },
  // Failed jobs stay (BullMQ's own failed set) until the dead-letter queue holds a copy; cap the set.
  removeOnFail: { count: 10000 },
};
