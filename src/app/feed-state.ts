// The feeds' local state file (default .storyline/feeds.json): the subscriptions, each with its
// conditional-GET validators (ETag, Last-Modified), failure count and backoff, the item ids it has
// seen; the canonical URLs and content hashes of every article written (across feeds); and the
// near-duplicate index. Written atomically (temp file, fsync, rename) so a crash leaves the old
// state or the new one, never half of one; a file that does not parse is refused, not overwritten.
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { StorylineError } from '../core/errors.js';
import type { SavedDuplicateIndex } from '../corpus/duplicates/near-duplicate-index.js';

export interface FeedEntry {
  url: string;
  title: string | null;
  addedAt: string;
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: string | null;
  lastOkAt: string | null;
  failures: number;
  nextPollAt: string | null;
  lastError: string | null;
  /** Item guids already handled (newest last, capped). */
  seen: string[];
}

export interface FeedState {
  version: 1;
  feeds: FeedEntry[];
  /** Canonical URL -> record id, for every article written. */
  urls: Record<string, string>;
  /** Content hash -> record id. */
  hashes: Record<string, string>;
  duplicates?: SavedDuplicateIndex;
}

export const SEEN_PER_FEED = 2000;
export const SEEN_GLOBAL = 50_000;

export function emptyState(): FeedState {
  return { version: 1, feeds: [], urls: {}, hashes: {} };
}

export function newFeed(url: string, title: string | null, now: Date): FeedEntry {
  return { url, title, addedAt: now.toISOString(), etag: null, lastModified: null, lastPolledAt: null, lastOkAt: null, failures: 0, nextPollAt: null, lastError: null, seen: [] };
}

export function loadState(path: string): FeedState {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyState();
    throw new StorylineError('E_FEED_STATE', `cannot read the feed state ${path}: ${(err as Error).message}`);
  }
  let value: FeedState;
  try {
    value = JSON.parse(raw) as FeedState;
  } catch (err) {
    throw new StorylineError('E_FEED_STATE', `the feed state ${path} is not valid JSON (${(err as Error).message}); fix or move it away — it was left as it is`);
  }
  if (value?.version !== 1 || !Array.isArray(value.feeds)) {
    throw new StorylineError('E_FEED_STATE', `${path} is not a Storyline feed state (version 1); it was left as it is`);
  }
  value.urls ??= {};
  value.hashes ??= {};
  return value;
}

/** Writes the whole state to a temp file beside it, flushes it to disk, then renames it over. */
export function saveState(path: string, state: FeedState): void {
  trim(state);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, `${JSON.stringify(state, null, 1)}\n`);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
  closeSync(fd);
  renameSync(tmp, path);
  removeStaleTemps(path);
}

/** Temp files of processes that died mid-write (SIGKILL, power loss) are removed. */
function removeStaleTemps(path: string): void {
  const prefix = `${basename(path)}.`;
  for (const name of readdirSync(dirname(path))) {
    const m = name.startsWith(prefix) ? /^(\d+)\.tmp$/.exec(name.slice(prefix.length)) : null;
    if (m && !alive(Number(m[1]))) rmSync(join(dirname(path), name), { force: true });
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the state's lock file (PATH.lock, holding the pid) so two polls cannot interleave their
 * writes; a lock left by a dead process is taken over. Returns the release function.
 */
export function lockState(path: string): () => void {
  mkdirSync(dirname(path), { recursive: true });
  const lock = `${path}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => rmSync(lock, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(readFileSync(lock, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
        throw new StorylineError('E_FEED_STATE', `another poll (process ${holder}) is using ${path}; wait for it, or remove ${lock} if that process is not Storyline`);
      }
      rmSync(lock, { force: true });
    }
  }
  throw new StorylineError('E_FEED_STATE', `cannot lock ${path}`);
}

function trim(state: FeedState): void {
  for (const feed of state.feeds) if (feed.seen.length > SEEN_PER_FEED) feed.seen = feed.seen.slice(-SEEN_PER_FEED);
  state.urls = newest(state.urls, SEEN_GLOBAL);
  state.hashes = newest(state.hashes, SEEN_GLOBAL);
}

// Objects keep insertion order for string keys, so the last `n` entries are the newest.
function newest(map: Record<string, string>, n: number): Record<string, string> {
  const entries = Object.entries(map);
  return entries.length > n ? Object.fromEntries(entries.slice(-n)) : map;
}
