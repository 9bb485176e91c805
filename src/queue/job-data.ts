// What a job carries: an article read at enqueue time (text or HTML with its key and metadata, exactly
// what `storyline ingest` reads: app/ingest-inputs.ts), or a URL that the worker fetches. An article
// job's id derives from its key and content hash, so enqueueing the same article twice while the first
// is queued (or still remembered as done) adds nothing, while a changed article is a new job. URL jobs
// get BullMQ's own ids (the page behind a URL changes, so asking again must fetch again), except feed
// items, which carry an id from their canonical URL.
import { createHash } from 'node:crypto';
import type { IngestArticle } from '../app/ingest-inputs.js';
import { ingestHash } from '../app/article-write.js';

export interface ArticleJob {
  kind: 'article';
  article: IngestArticle;
}

export interface UrlJob {
  kind: 'url';
  url: string;
  published: string | null;
  /** Set for feed items: the same item seen by the next poll is not queued again. */
  jobId?: string;
}

export type JobData = ArticleJob | UrlJob;

export const jobKey = (data: JobData): string => (data.kind === 'article' ? data.article.key : data.url);

/** BullMQ ids may not contain ':' and must not look like integers, so use a hash. */
export const jobIdFor = (data: JobData): string | undefined =>
  data.kind === 'url' ? data.jobId : `a${createHash('sha256').update(`${data.article.key}\n${ingestHash(data.article)}`).digest('hex').slice(0, 32)}`;

/** Validates data read back from Redis (another version of Storyline, or a hand-made job, may differ). */
export function checkJobData(value: unknown): JobData | string {
  if (value === null || typeof value !== 'object') return 'job data is not an object';
  const v = value as Record<string, unknown>;
  if (v.kind === 'url') return typeof v.url === 'string' ? (v as unknown as UrlJob) : 'url job without a "url" string';
  if (v.kind !== 'article') return `unknown job kind ${JSON.stringify(v.kind)}`;
  const a = v.article as Record<string, unknown> | null;
  if (a === null || typeof a !== 'object') return 'article job without an "article" object';
  if (typeof a.key !== 'string' || a.key === '') return 'article job without a "key"';
  if (typeof a.content !== 'string') return `article ${a.key}: missing "content" (a string)`;
  if (a.kind !== 'text' && a.kind !== 'html') return `article ${a.key}: kind must be text or html`;
  return v as unknown as ArticleJob;
}
