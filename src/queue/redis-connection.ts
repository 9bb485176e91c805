// Turns a redis:// or rediss:// URL into BullMQ connection options. Workers need
// maxRetriesPerRequest: null (BullMQ's blocking commands must wait for Redis, not give up).
import type { ConnectionOptions } from 'bullmq';
import { StorylineError } from '../core/errors.js';

export function redisConnection(url: string): ConnectionOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new StorylineError('E_BAD_OPTION', `--redis must be a URL such as redis://127.0.0.1:6379, not "${url}"`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') {
    throw new StorylineError('E_BAD_OPTION', `--redis must start with redis:// or rediss://, not "${url}"`);
  }
  const db = u.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d+$/.test(db)) throw new StorylineError('E_BAD_OPTION', `the Redis database in "${url}" must be a number`);
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: db === '' ? 0 : Number(db),
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}
