// Use case: poll the subscribed feeds once. For each feed due (not backing off): a conditional GET
// (ETag / Last-Modified; a 304 costs nothing), parse, and for each item not seen before fetch its
// page and extract a record. Items are de-duplicated by canonical URL and by a hash of the extracted
// text; near-copies get `duplicateOf`. A failing feed backs off exponentially; a failing item is
// reported and the poll goes on. After each feed, output is flushed and then the state saved
// atomically, so a crash repeats at most one feed's items and never loses or half-writes state.
import { createHash } from 'node:crypto';
import { StorylineError } from '../core/errors.js';
import type { StoryRecord } from '../core/record.js';
import type { Source } from '../core/records/page.js';
import { NearDuplicateIndex } from '../corpus/duplicates/near-duplicate-index.js';
import { canonicalUrl } from '../sources/feeds/canonical-url.js';
import { nextPollAfterFailure } from '../sources/feeds/feed-backoff.js';
import { loadState, lockState, saveState, type FeedEntry, type FeedState } from './feed-state.js';
import type { FeedItem } from '../sources/feeds/feed-types.js';
import { parseFeed } from '../sources/feeds/parse-feed.js';
import { decodePage } from '../sources/fetch/charset.js';
import type { ResolveFn } from '../sources/fetch/connect-policy.js';
import { FetchHttpError, fetchUrl, type FetchOptions } from '../sources/fetch/fetch-url.js';
import { idFromUrl, shortHash } from '../sources/source-ids.js';
import { articleSource, type ArticleSource } from '../core/article-source.js';
import { failure, type SourceFailure } from '../sources/source-item.js';
import { fetchItem } from '../sources/url-source.js';
import { extractSource } from './intake.js';
import { mapInOrder } from './parallel/ordered-window.js';

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';

export interface PollOptions {
  statePath: string;
  /** Poll feeds that are backing off too. */
  force?: boolean;
  /** Newest items taken from one feed per poll (default 50). */
  maxItemsPerFeed?: number;
  /** Use the feed's own content for items that carry it, instead of fetching their pages. */
  feedContent?: boolean;
  allowPrivate?: boolean;
  /** Fetch item pages that the site's robots.txt disallows for Storyline (feeds are read either way). */
  ignoreRobots?: boolean;
  trustedHosts?: string[];
  resolve?: ResolveFn;
  timeoutMs?: number;
  now?: () => Date;
}

export interface FeedReport {
  url: string;
  status: 'ok' | 'not-modified' | 'backing-off' | 'error';
  written: number;
  duplicates: number;
  nearDuplicates: number;
  failed: number;
  message: string | null;
}

export interface PollHooks {
  /** Writes one record; must be durable once `flush` returns. */
  onRecord(record: StoryRecord): void;
  flush?(): void;
  onItemError(failure: SourceFailure): void;
  onFeed?(report: FeedReport): void;
}

export interface PollSummary {
  feeds: FeedReport[];
  written: number;
  failed: number;
}

export async function pollFeeds(options: PollOptions, hooks: PollHooks): Promise<PollSummary> {
  const release = lockState(options.statePath);
  try {
    return await pollLocked(options, hooks);
  } finally {
    release();
  }
}

async function pollLocked(options: PollOptions, hooks: PollHooks): Promise<PollSummary> {
  const now = options.now ?? (() => new Date());
  const state = loadState(options.statePath);
  if (state.feeds.length === 0) throw new StorylineError('E_BAD_OPTION', `no feeds in ${options.statePath}; add one with \`storyline feeds add URL\``);
  const index = NearDuplicateIndex.load(state.duplicates);
  const summary: PollSummary = { feeds: [], written: 0, failed: 0 };
  for (const feed of state.feeds) {
    const report = await pollFeed(feed, state, index, options, hooks, now);
    state.duplicates = index.save();
    hooks.flush?.();
    saveState(options.statePath, state);
    summary.feeds.push(report);
    summary.written += report.written;
    summary.failed += report.failed + (report.status === 'error' ? 1 : 0);
    hooks.onFeed?.(report);
  }
  return summary;
}

async function pollFeed(feed: FeedEntry, state: FeedState, index: NearDuplicateIndex, options: PollOptions, hooks: PollHooks, now: () => Date): Promise<FeedReport> {
  const report: FeedReport = { url: feed.url, status: 'ok', written: 0, duplicates: 0, nearDuplicates: 0, failed: 0, message: null };
  if (!options.force && feed.nextPollAt && Date.parse(feed.nextPollAt) > now().getTime()) {
    return { ...report, status: 'backing-off', message: `backing off after ${feed.failures} failure(s) until ${feed.nextPollAt}` };
  }
  const fetchOptions: FetchOptions = { allowPrivate: options.allowPrivate, trustedHosts: options.trustedHosts, resolve: options.resolve, timeoutMs: options.timeoutMs, ignoreRobots: options.ignoreRobots };
  feed.lastPolledAt = now().toISOString();
  let items: FeedItem[];
  let validators: { etag: string | null; lastModified: string | null };
  try {
    const res = await fetchUrl(feed.url, { ...fetchOptions, accept: FEED_ACCEPT, maxBytes: 5 * 1024 * 1024, etag: feed.etag, lastModified: feed.lastModified });
    validators = { etag: res.etag, lastModified: res.lastModified };
    if (res.notModified) {
      succeeded(feed, now);
      return { ...report, status: 'not-modified' };
    }
    const parsed = parseFeed(decodePage(res.body, res.contentType, feed.url).text, res.url, feed.url);
    feed.title ??= parsed.title;
    items = parsed.items;
  } catch (err) {
    feed.failures++;
    feed.lastError = err instanceof Error ? err.message : String(err);
    feed.nextPollAt = nextPollAfterFailure(now(), feed.failures, err instanceof FetchHttpError ? err.retryAfterMs : null);
    const code = err instanceof StorylineError ? ` [${err.code}]` : '';
    return { ...report, status: 'error', message: `${feed.lastError}${code}; next try after ${feed.nextPollAt}` };
  }
  const seen = new Set(feed.seen);
  // Feeds list newest first; the newest N, handled oldest first, so a story's first copy comes first.
  const fresh = items.filter((i) => !seen.has(i.guid)).slice(0, options.maxItemsPerFeed ?? 50).reverse();
  const source: Source = { kind: 'feed', location: feed.url };
  // Pages are fetched a few at a time (network-bound) and extracted one at a time, in feed order.
  const load = async (item: FeedItem): Promise<[FeedItem, Loaded]> => [item, await loadPage(item, feed, state, fetchOptions, options.feedContent === true)];
  for await (const [item, loaded] of mapInOrder(fresh, load, FETCH_WINDOW)) {
    const outcome = handleItem(item, loaded, state, index, source);
    if (outcome.kind === 'record') {
      hooks.onRecord(outcome.record);
      report.written++;
      if (outcome.record.duplicateOf) report.nearDuplicates++;
    } else if (outcome.kind === 'duplicate') report.duplicates++;
    else {
      report.failed++;
      hooks.onItemError(outcome.failure);
    }
    if (outcome.kind !== 'error' || !outcome.retry) feed.seen.push(item.guid);
  }
  // Validators are kept only now that every item of this version has been handled.
  feed.etag = validators.etag;
  feed.lastModified = validators.lastModified;
  succeeded(feed, now);
  return report;
}

function succeeded(feed: FeedEntry, now: () => Date): void {
  feed.failures = 0;
  feed.nextPollAt = null;
  feed.lastError = null;
  feed.lastOkAt = now().toISOString();
}

type Outcome = { kind: 'record'; record: StoryRecord } | { kind: 'duplicate' } | { kind: 'error'; failure: SourceFailure; retry: boolean };

/** Page fetches in flight at once within one feed. */
const FETCH_WINDOW = 4;

type Loaded = { page: ArticleSource } | { duplicate: true } | { error: unknown; location: string; id: string };

/** The network part: the item's page (or its feed content); never throws. */
async function loadPage(item: FeedItem, feed: FeedEntry, state: FeedState, fetchOptions: FetchOptions, feedContent: boolean): Promise<Loaded> {
  const location = item.url ?? `${feed.url}#${item.guid}`;
  const id = item.url ? idFromUrl(item.url) : `feed-${shortHash(`${feed.url} ${item.guid}`)}`;
  try {
    if (item.url && state.urls[canonicalUrl(item.url)]) return { duplicate: true };
    if ((feedContent || !item.url) && item.content) {
      return { page: articleSource({ html: item.content, id, url: item.url, location, published: item.published }) };
    }
    if (item.url) return { page: await fetchItem(item.url, { ...fetchOptions, id }) };
    throw new StorylineError('E_FEED_PARSE', `${feed.url}: item "${item.title ?? item.guid}" has neither a link nor content`);
  } catch (error) {
    return { error, location, id };
  }
}

/** The CPU part, in feed order: extract, then de-duplicate against everything written before. */
function handleItem(item: FeedItem, loaded: Loaded, state: FeedState, index: NearDuplicateIndex, source: Source): Outcome {
  if ('duplicate' in loaded) return { kind: 'duplicate' };
  if ('error' in loaded) return { kind: 'error', failure: failure(loaded.location, loaded.id, loaded.error), retry: transient(loaded.error) };
  const page = loaded.page;
  try {
    // Checked again: an earlier item of this poll may have written this URL while the page loaded.
    if (item.url && state.urls[canonicalUrl(item.url)]) return { kind: 'duplicate' };
    let record = extractSource({ ...page, source });
    // The page's own date wins; the feed's date is the fallback for pages that carry none.
    if (record.published == null && item.published) record = extractSource({ ...page, source, published: item.published });
    // An empty body (nothing extracted) is no evidence of sameness: it gets no hash.
    const hash = record.text.trim() ? contentHash(record.text) : null;
    const canonical = canonicalUrl(record.url ?? item.url ?? page.location);
    if ((hash && state.hashes[hash]) || state.urls[canonical]) {
      if (item.url) state.urls[canonicalUrl(item.url)] ??= (hash && state.hashes[hash]) || state.urls[canonical];
      return { kind: 'duplicate' };
    }
    record.duplicateOf = index.add(record.id, record.text);
    if (hash) state.hashes[hash] = record.id;
    state.urls[canonical] = record.id;
    if (item.url) state.urls[canonicalUrl(item.url)] = record.id;
    return { kind: 'record', record };
  } catch (err) {
    return { kind: 'error', failure: failure(page.location, page.id, err), retry: false };
  }
}

/** Worth trying again next poll: timeouts, network errors, 408/429 and server errors. */
function transient(err: unknown): boolean {
  if (err instanceof FetchHttpError) return err.status === 408 || err.status === 429 || err.status >= 500;
  return err instanceof StorylineError && (err.code === 'E_FETCH_TIMEOUT' || err.code === 'E_FETCH_NETWORK');
}

/** Hash of the text with spacing and case folded, so re-served identical articles match. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 32);
}
