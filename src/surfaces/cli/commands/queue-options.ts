// Options the queue commands (enqueue, worker, status) share: where Redis is and which fleet (prefix).
import { StorylineError } from '../../../core/errors.js';
import { DEFAULT_PREFIX, type QueueTarget } from '../../../queue/queue-config.js';

export const QUEUE_OPTIONS = {
  redis: { type: 'string' },
  prefix: { type: 'string' },
} as const;

export function queueTarget(values: { redis?: string; prefix?: string }): QueueTarget {
  const redis = values.redis ?? process.env.STORYLINE_REDIS;
  if (!redis) throw new StorylineError('E_BAD_OPTION', 'give --redis redis://HOST:PORT (or set STORYLINE_REDIS)');
  const prefix = values.prefix ?? DEFAULT_PREFIX;
  if (!/^[\w.-]{1,64}$/.test(prefix)) throw new StorylineError('E_BAD_OPTION', `--prefix must be letters, digits, . _ or -, not "${prefix}"`);
  return { redis, prefix };
}
