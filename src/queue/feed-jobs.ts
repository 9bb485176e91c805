// `storyline enqueue --feeds`: the feeds subscribed with `storyline feeds add` (its state file), each
// fetched once now; every item link becomes a URL job for the fleet to fetch and extract. Such a job's
// id is a hash of the item's canonical URL, so running this every few minutes adds only items Redis
// does not already hold (queued, or remembered as done). Conditional GETs, backoff and near-duplicate
// marking belong to `storyline feeds poll`, which extracts on one machine; this only feeds the queue.
import { createHash } from 'node:crypto';
import { listFeeds } from '../app/feed-subscriptions.js';
import { StorylineError } from '../core/errors.js';
import { canonicalUrl } from '../sources/feeds/canonical-url.js';
import { parseFeed } from '../sources/feeds/parse-feed.js';
import { decodePage } from '../sources/fetch/charset.js';
import { fetchUrl } from '../sources/fetch/fetch-url.js';
import type { UrlJob } from './job-data.js';
import type { SourceProblem } from './job-sources.js';

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';

export const feedItemJobId = (url: string): string => `f${createHash('sha256').update(canonicalUrl(url)).digest('hex').slice(0, 32)}`;

export interface FetchPolicy {
  allowPrivate?: boolean;
  /** Fetch pages that the site's robots.txt disallows for Storyline. */
  ignoreRobots?: boolean;
  /** Exact "host:port" origins allowed to be private (a test server). */
  trustedHosts?: string[];
}

export async function* feedJobs(statePath: string, onProblem: (p: SourceProblem) => void, policy: FetchPolicy = {}): AsyncGenerator<UrlJob> {
  const feeds = listFeeds(statePath);
  if (feeds.length === 0) throw new StorylineError('E_BAD_OPTION', `no feeds in ${statePath}; add one with \`storyline feeds add URL\``);
  for (const feed of feeds) {
    try {
      const res = await fetchUrl(feed.url, { ...policy, accept: FEED_ACCEPT, maxBytes: 5 * 1024 * 1024 });
      const parsed = parseFeed(decodePage(res.body, res.contentType, feed.url).text, res.url, feed.url);
      for (const item of parsed.items) {
        if (item.url) yield { kind: 'url', url: item.url, published: item.published?.slice(0, 10) ?? null, jobId: feedItemJobId(item.url) };
      }
    } catch (err) {
      const code = err instanceof StorylineError ? err.code : 'E_FEED_PARSE';
      onProblem({ location: feed.url, code, message: err instanceof Error ? err.message : String(err) });
    }
  }
}
