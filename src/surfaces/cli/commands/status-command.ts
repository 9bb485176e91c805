// `storyline status --redis URL`: the queue at a glance (queued, active, done, failed, articles/s);
// --dead lists the dead-letter queue with reasons; --json prints the numbers for scripts.
import { parseArgs } from 'node:util';
import { deadJobs, queueStatus } from '../../../queue/queue-status.js';
import { QUEUE_OPTIONS, queueTarget } from './queue-options.js';

export async function runStatus(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { ...QUEUE_OPTIONS, json: { type: 'boolean' }, dead: { type: 'boolean' } } });
  const target = queueTarget(values);
  if (values.dead) {
    const dead = await deadJobs(target, 1000);
    if (values.json) for (const d of dead) process.stdout.write(`${JSON.stringify({ key: d.key, reason: d.reason, attempts: d.attempts, failedAt: d.failedAt })}\n`);
    else for (const d of dead) process.stdout.write(`${d.failedAt}  ${d.key}  (${d.attempts} attempt${d.attempts === 1 ? '' : 's'})  ${d.reason}\n`);
    return 0;
  }
  const s = await queueStatus(target);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(s)}\n`);
    return 0;
  }
  process.stdout.write(
    [
      `queue    ${target.prefix} on ${target.redis.replace(/\/\/[^@/]*@/, '//')}  (${s.workers} worker connection${s.workers === 1 ? '' : 's'})`,
      `queued   ${s.queued}${s.delayed ? ` (${s.delayed} waiting to retry)` : ''}`,
      `active   ${s.active}`,
      `done     ${s.done}`,
      `failed   ${s.failed}${s.failed ? '  (storyline status --dead lists them)' : ''}`,
      `rate     ${s.rate.toFixed(1)} articles/s (last minute)`,
    ].join('\n') + '\n',
  );
  return 0;
}
