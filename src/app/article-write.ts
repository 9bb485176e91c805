// The row stored for an extracted article (input values first, the page's own metadata where the
// input had none) and the content hash that decides whether it changed. `storyline ingest` and the
// queue workers both use these, so an article stored either way is the same.
import type { IngestArticle } from './ingest-inputs.js';
import type { StoryRecord } from '../core/record.js';
import { contentHash } from '../store/content-hash.js';
import type { ArticleWrite } from '../store/store.js';

export const ingestHash = (a: IngestArticle): string => contentHash({ text: a.content, title: a.title, published: a.published, url: a.url });

export function articleWrite(a: IngestArticle, hash: string, record: StoryRecord): ArticleWrite {
  return {
    key: a.key,
    url: a.url ?? record.url,
    title: a.title ?? record.title,
    published: a.published ?? record.published,
    publisher: a.publisher ?? record.page?.siteName ?? null,
    meta: a.meta,
    contentHash: hash,
    record,
  };
}
