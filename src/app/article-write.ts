// The row stored for an extracted article (input values first, the page's own metadata where the
// input had none) and the content hash that decides whether it changed. `storyline ingest`, HTTP
// /extract with save, and the queue workers all use these, so an article stored any way is the same.
import type { ArticleSource } from '../core/article-source.js';
import type { StoryRecord } from '../core/record.js';
import { hostName } from '../core/url-host.js';
import { contentHash } from '../store/content-hash.js';
import type { ArticleWrite } from '../store/store.js';

export const ingestHash = (a: ArticleSource): string => contentHash({ text: a.content, title: a.title, published: a.published, url: a.url });

/** Who published an article, decided here only: the one given with it, else the page's site name, else the URL's host. */
export function publisherOf(given: string | null, record: StoryRecord): string | null {
  return given ?? record.page?.siteName ?? (record.url ? hostName(record.url) : null);
}

export function articleWrite(a: ArticleSource, hash: string, record: StoryRecord): ArticleWrite {
  return {
    key: a.id,
    url: a.url ?? record.url,
    title: a.title ?? record.title,
    published: a.published ?? record.published,
    publisher: publisherOf(a.publisher, record),
    meta: a.meta,
    contentHash: hash,
    record,
  };
}
