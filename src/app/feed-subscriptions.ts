// Use case: manage feed subscriptions in the state file — add one feed URL, or every feed of an
// OPML file; list them with when they were polled, their failures and backoff.
import { readFileSync } from 'node:fs';
import { StorylineError } from '../core/errors.js';
import { canonicalUrl } from '../sources/feeds/canonical-url.js';
import { loadState, lockState, newFeed, saveState, type FeedEntry } from './feed-state.js';
import { parseOpml } from '../sources/feeds/opml-parser.js';
import { decodePage } from '../sources/fetch/charset.js';
import { parseUrl } from '../sources/fetch/fetch-url.js';
import { isUrl } from './ingest-sources.js';

export interface AddResult {
  added: FeedEntry[];
  /** Already subscribed (same canonical URL). */
  existing: string[];
}

/** Adds a feed URL, or the feeds listed in an OPML file; saves the state once. */
export function addFeeds(statePath: string, target: string, now = new Date()): AddResult {
  const wanted = isUrl(target) ? [{ url: parseUrl(target).href, title: null }] : readOpml(target);
  const release = lockState(statePath);
  try {
    return addLocked(statePath, wanted, now);
  } finally {
    release();
  }
}

function addLocked(statePath: string, wanted: { url: string; title: string | null }[], now: Date): AddResult {
  const state = loadState(statePath);
  const known = new Set(state.feeds.map((f) => canonicalUrl(f.url)));
  const result: AddResult = { added: [], existing: [] };
  for (const { url, title } of wanted) {
    const key = canonicalUrl(url);
    if (known.has(key)) {
      result.existing.push(url);
      continue;
    }
    known.add(key);
    const feed = newFeed(url, title, now);
    state.feeds.push(feed);
    result.added.push(feed);
  }
  if (result.added.length > 0) saveState(statePath, state);
  return result;
}

function readOpml(path: string): { url: string; title: string | null }[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new StorylineError('E_INPUT_NOT_FOUND', `no such file: ${path} (give a feed URL or an OPML file)`);
  }
  const feeds = parseOpml(decodePage(bytes, null, path).text, path);
  if (feeds.length === 0) throw new StorylineError('E_FEED_PARSE', `${path}: no feeds (outlines with xmlUrl) in this OPML file`);
  return feeds;
}

export function listFeeds(statePath: string): FeedEntry[] {
  return loadState(statePath).feeds;
}
