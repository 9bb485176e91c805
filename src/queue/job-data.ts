// What a job carries: an article read at enqueue time (core's ArticleSource, exactly what `storyline
// ingest` reads: app/ingest-inputs.ts), or a URL that the worker fetches. An article job's id derives
// from the article's id (its store key) and content hash, so enqueueing the same article twice while the first
// is queued (or still remembered as done) adds nothing, while a changed article is a new job. URL jobs
// get BullMQ's own ids (the page behind a URL changes, so asking again must fetch again), except feed
// items, which carry an id from their canonical URL.
import { createHash } from 'node:crypto';
import { ingestHash } from '../app/article-write.js';
import { articleSource, type ArticleSource } from '../core/article-source.js';

export interface ArticleJob {
  kind: 'article';
  article: ArticleSource;
}

export interface UrlJob {
  kind: 'url';
  url: string;
  published: string | null;
  /** Set for feed items: the same item seen by the next poll is not queued again. */
  jobId?: string;
}

export type JobData = ArticleJob | UrlJob;

export const jobKey = (data: JobData): string => (data.kind === 'article' ? data.article.id : data.url);

/** BullMQ ids may not contain ':' and must not look like integers, so use a hash. */
export const jobIdFor = (data: JobData): string | undefined =>
  data.kind === 'url' ? data.jobId : `a${createHash('sha256').update(`${data.article.id}\n${ingestHash(data.article)}`).digest('hex').slice(0, 32)}`;

/** Validates data read back from Redis (another version of Storyline, or a hand-made job, may differ). */
export function checkJobData(value: unknown): JobData | string {
  if (value === null || typeof value !== 'object') return 'job data is not an object';
  const v = value as Record<string, unknown>;
  if (v.kind === 'url') return typeof v.url === 'string' ? (v as unknown as UrlJob) : 'url job without a "url" string';
  if (v.kind !== 'article') return `unknown job kind ${JSON.stringify(v.kind)}`;
  const a = v.article as Record<string, unknown> | null;
  if (a === null || typeof a !== 'object') return 'article job without an "article" object';
  // Jobs queued by an earlier version name the id "key".
  const id = typeof a.id === 'string' ? a.id : a.key;
  if (typeof id !== 'string' || id === '') return 'article job without an "id"';
  if (typeof a.content !== 'string') return `article ${id}: missing "content" (a string)`;
  if (a.kind !== 'text' && a.kind !== 'html') return `article ${id}: kind must be text or html`;
  const str = (x: unknown): string | null => (typeof x === 'string' ? x : null);
  const article = articleSource({
    ...(a.kind === 'html' ? { html: a.content } : { text: a.content }),
    id,
    url: str(a.url),
    published: str(a.published),
    title: str(a.title),
    publisher: str(a.publisher),
    source: (a.source as ArticleSource['source']) ?? null,
    meta: (a.meta as ArticleSource['meta']) ?? {},
    location: str(a.location) ?? id,
    warnings: Array.isArray(a.warnings) ? a.warnings.filter((w): w is string => typeof w === 'string') : [],
  });
  return { kind: 'article', article };
}
