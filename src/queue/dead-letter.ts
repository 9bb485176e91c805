// The dead-letter queue: when a job has failed for good (bad input at once, or transient errors on
// every attempt), a copy goes to `storyline-dead` with the reason, the attempts made and when. No worker
// consumes it; `storyline status --dead` lists it. Adding under the same job id makes a repeated
// report (two workers, a replayed event) store one entry.
import { Queue, UnrecoverableError, type Job } from 'bullmq';
import { DEAD_QUEUE, DEFAULT_PREFIX, type QueueTarget } from './queue-config.js';
import { jobKey, type JobData } from './job-data.js';
import { redisConnection } from './redis-connection.js';

export interface DeadEntry {
  key: string;
  reason: string;
  attempts: number;
  failedAt: string;
  data: JobData;
}

export const openDeadQueue = (target: QueueTarget): Queue<DeadEntry> =>
  new Queue<DeadEntry>(DEAD_QUEUE, { connection: redisConnection(target.redis), prefix: target.prefix ?? DEFAULT_PREFIX });

/** True when BullMQ will not try this job again. */
export function isFinalFailure(job: Job, err: Error): boolean {
  return err instanceof UnrecoverableError || err.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
}

export async function recordDead(dead: Queue<DeadEntry>, job: Job<JobData>, err: Error): Promise<void> {
  const entry: DeadEntry = {
    key: job.data && typeof job.data === 'object' ? safeKey(job.data) : String(job.id),
    reason: err.message,
    attempts: job.attemptsMade,
    failedAt: new Date().toISOString(),
    data: job.data,
  };
  // BullMQ refuses custom ids that look like integers (URL jobs have BullMQ's own numeric ids).
  await dead.add('dead', entry, { jobId: `d${job.id}`, removeOnComplete: false, removeOnFail: false });
}

function safeKey(data: JobData): string {
  try {
    return jobKey(data) ?? '(no key)';
  } catch {
    return '(no key)';
  }
}
