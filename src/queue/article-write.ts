// The row a worker stores for an extracted article: the same fields app/ingest.ts's ingestArticle
// writes (input values first, the page's own metadata where the input had none), so an article stored
// by a worker and one stored by `storyline ingest` are indistinguishable.
import type { IngestArticle } from '../app/ingest-inputs.js';
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
