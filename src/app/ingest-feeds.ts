// `ingest --feeds`: poll the subscribed feeds (poll-feeds.ts extracts each new item) and store the
// records. The poller marks items seen in its state right after a feed's output is flushed, and the
// store's writes are asynchronous, so records go through a spool first: a JSONL file fsynced before
// the state is saved, drained into the store, then emptied. A crash anywhere leaves the records in
// the spool, and the next run stores them before polling: nothing is lost, nothing stored twice
// (the content hash makes a re-stored record "unchanged").
import { existsSync, readFileSync, truncateSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { StorylineError } from '../core/errors.js';
import type { StoryRecord } from '../core/record.js';
import { JsonlAppender } from '../sources/feeds/append-jsonl.js';
import { contentHash } from '../store/content-hash.js';
import type { ArticleWrite, SaveResult } from '../store/store.js';
import { publisherOf } from './article-write.js';
import { DEFAULT_BATCH, type IngestCounts, type IngestHooks } from './ingest.js';
import type { ArticleWriter } from './ingest-writer.js';
import { pollFeeds, type PollOptions } from './poll-feeds.js';

export interface FeedIngestOptions extends IngestHooks {
  poll: PollOptions;
  writer: ArticleWriter;
  batchSize?: number;
}

export const spoolPath = (statePath: string): string => join(dirname(statePath), 'ingest-spool.jsonl');

function toWrite(record: StoryRecord): ArticleWrite {
  return {
    key: record.url ?? record.id,
    url: record.url,
    title: record.title,
    published: record.published,
    publisher: publisherOf(null, record),
    meta: record.source ? { source: record.source.kind, location: record.source.location } : {},
    contentHash: contentHash({ text: record.text, title: record.title, published: record.published, url: record.url }),
    record,
  };
}

/** Stores every record in the spool, then empties it. */
async function drain(path: string, options: FeedIngestOptions, counts: IngestCounts): Promise<void> {
  if (!existsSync(path)) return;
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const size = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
  for (let i = 0; i < lines.length; i += size) {
    const writes = lines.slice(i, i + size).map((l) => toWrite(JSON.parse(l) as StoryRecord));
    const results: (SaveResult | Error)[] = await options.writer.save(writes);
    results.forEach((r, j) => {
      if (r instanceof Error) {
        counts.failed++;
        options.onError?.(writes[j].url ?? writes[j].key, r instanceof StorylineError ? r.code : 'E_STORE', r.message);
      } else counts[r.status]++;
    });
    options.onProgress?.(counts);
  }
  truncateSync(path, 0);
}

export async function ingestFeeds(options: FeedIngestOptions): Promise<IngestCounts> {
  const counts: IngestCounts = { inserted: 0, revised: 0, unchanged: 0, failed: 0 };
  const path = spoolPath(options.poll.statePath);
  // Records an earlier run spooled but did not store (it crashed) go first.
  await drain(path, options, counts);
  const spool = new JsonlAppender(path);
  try {
    await pollFeeds(options.poll, {
      onRecord: (r) => spool.write(r),
      flush: () => spool.flush(),
      onItemError: (f) => {
        counts.failed++;
        options.onError?.(f.location, f.code, f.message);
      },
      onFeed: (report) => {
        if (report.status === 'error') {
          counts.failed++;
          options.onError?.(report.url, 'E_FEED_PARSE', report.message ?? 'feed failed');
        }
      },
    });
  } finally {
    spool.close();
  }
  await drain(path, options, counts);
  return counts;
}
