// Puts jobs on the article queue in batches (one round trip per 500 jobs). Returns how many were sent;
// an article job whose id Redis already holds (same key, same content) is ignored by BullMQ, so
// re-running an enqueue never doubles work.
import { Queue } from 'bullmq';
import { ARTICLE_QUEUE, DEFAULT_PREFIX, JOB_OPTIONS, type QueueTarget } from './queue-config.js';
import { jobIdFor, type JobData } from './job-data.js';
import { redisConnection } from './redis-connection.js';

const BATCH = 500;

export async function enqueueJobs(jobs: AsyncIterable<JobData> | Iterable<JobData>, target: QueueTarget): Promise<number> {
  const queue = new Queue<JobData>(ARTICLE_QUEUE, { connection: redisConnection(target.redis), prefix: target.prefix ?? DEFAULT_PREFIX });
  let sent = 0;
  let batch: JobData[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    await queue.addBulk(batch.map((data) => ({ name: data.kind, data, opts: { ...JOB_OPTIONS, jobId: jobIdFor(data) } })));
    sent += batch.length;
    batch = [];
  };
  try {
    for await (const job of jobs) {
      batch.push(job);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  } finally {
    await queue.close();
  }
  return sent;
}
