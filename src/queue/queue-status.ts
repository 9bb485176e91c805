// What `storyline status` reports: jobs queued (waiting, delayed for a retry, prioritised), active,
// done (all time, from BullMQ's metrics), failed for good (the dead-letter queue), and the recent rate:
// jobs finished in the last minute, from the completed jobs Redis still keeps.
import { Queue } from 'bullmq';
import { openDeadQueue, type DeadEntry } from './dead-letter.js';
import type { JobData } from './job-data.js';
import { ARTICLE_QUEUE, DEFAULT_PREFIX, type QueueTarget } from './queue-config.js';
import { redisConnection } from './redis-connection.js';

export interface QueueStatus {
  queued: number;
  delayed: number;
  active: number;
  done: number;
  failed: number;
  /** Articles finished per second over the last minute (0 when none). */
  rate: number;
  /** Worker processes connected to the queue. */
  workers: number;
}

const RATE_WINDOW_MS = 60_000;
const RATE_SAMPLE = 1000;

export async function queueStatus(target: QueueTarget, now = Date.now()): Promise<QueueStatus> {
  const queue = new Queue<JobData>(ARTICLE_QUEUE, { connection: redisConnection(target.redis), prefix: target.prefix ?? DEFAULT_PREFIX });
  const dead = openDeadQueue(target);
  try {
    const [counts, metrics, recent, deadCount, workers] = await Promise.all([
      queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed'),
      queue.getMetrics('completed', 0, 0),
      queue.getJobs(['completed'], 0, RATE_SAMPLE - 1),
      dead.count(),
      queue.getWorkersCount(),
    ]);
    const finished = recent.map((j) => j.finishedOn ?? 0).filter((t) => t > now - RATE_WINDOW_MS);
    const span = finished.length > 1 ? Math.max(1000, now - Math.min(...finished)) : RATE_WINDOW_MS;
    return {
      queued: (counts.waiting ?? 0) + (counts.prioritized ?? 0) + (counts.delayed ?? 0),
      delayed: counts.delayed ?? 0,
      active: counts.active ?? 0,
      done: Math.max(metrics.meta.count, counts.completed ?? 0),
      failed: deadCount,
      rate: (finished.length * 1000) / span,
      workers,
    };
  } finally {
    await Promise.all([queue.close(), dead.close()]);
  }
}

/** The dead-letter entries, oldest first. */
export async function deadJobs(target: QueueTarget, limit = 100): Promise<DeadEntry[]> {
  const dead = openDeadQueue(target);
  try {
    const jobs = await dead.getJobs(['waiting'], 0, limit - 1, true);
    return jobs.map((j) => j.data);
  } finally {
    await dead.close();
  }
}
