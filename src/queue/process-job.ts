// What a worker does with one job: validate it, fetch the page for a URL job, skip an article whose
// content the store already holds (before extracting, the expensive part), extract on the thread pool,
// store in one transaction. Idempotent: the store upserts by article key and writes nothing for an
// unchanged content hash, so a job replayed after a crash stores once.
// Errors another attempt cannot fix (bad input, a pipeline bug, a refused URL) become
// UnrecoverableError, which BullMQ fails at once; anything else (network, database) is thrown as is
// and retried with exponential backoff.
import { UnrecoverableError, type Job } from 'bullmq';
import { ingestInputs } from '../app/ingest-inputs.js';
import type { ExtractPool } from '../app/parallel/extract-pool.js';
import { isItemError } from '../app/parallel/item-outcome.js';
import type { ArticleSource } from '../core/article-source.js';
import { StorylineError, type ErrorCode } from '../core/errors.js';
import type { CorpusLinker, Store } from '../store/store.js';
import { articleWrite, ingestHash } from '../app/article-write.js';
import type { FetchPolicy } from './feed-jobs.js';
import { checkJobData, type UrlJob } from './job-data.js';

// The codes another attempt may fix: the network, the remote site, the database. Every other code says
// something about the input itself (E_PAGE_TOO_DEEP, E_NO_ARTICLE, E_ARTICLE_TIMEOUT, ...) and fails at
// once: listing the transient few means a code added later is never retried by mistake.
const TRANSIENT = new Set<ErrorCode>(['E_FETCH_TIMEOUT', 'E_FETCH_HTTP', 'E_FETCH_NETWORK', 'E_SOURCE_READ', 'E_STORE']);

export const isRetryable = (code: ErrorCode): boolean => TRANSIENT.has(code);

export interface JobResult {
  key: string;
  status: 'inserted' | 'revised' | 'unchanged';
}

export interface ProcessorDeps {
  pool: ExtractPool;
  store: Store;
  linker: CorpusLinker;
  /** For URL jobs: private addresses are refused unless allowed here. */
  fetchPolicy?: FetchPolicy;
}

export function createProcessor(deps: ProcessorDeps): (job: Job) => Promise<JobResult> {
  return async (job) => {
    const data = checkJobData(job.data);
    if (typeof data === 'string') throw new UnrecoverableError(`${data} [E_BAD_JSON]`);
    const article = data.kind === 'article' ? data.article : await fetchArticle(data, deps.fetchPolicy);
    const hash = ingestHash(article);
    if ((await deps.store.articleState(article.id))?.contentHash === hash) return { key: article.id, status: 'unchanged' };
    const outcome = await deps.pool.run(article);
    if (isItemError(outcome)) fail(outcome.code, outcome.message);
    // The record crossed from its thread as JSON text: parsed once here (the store reads its entities
    // and quotes), and that same text is what the store keeps.
    const write = { ...articleWrite(article, hash, outcome.record), recordJson: outcome.json };
    const saved = await deps.store.saveArticle(write, deps.linker);
    return { key: article.id, status: saved.status };
  };
}

/** Fetches a URL job's page through the same reader `storyline ingest` uses (private addresses refused). */
async function fetchArticle(job: UrlJob, policy: FetchPolicy = {}): Promise<ArticleSource> {
  for await (const entry of ingestInputs([job.url], { ...policy, published: job.published })) {
    if (entry.kind === 'error') return fail(entry.code, entry.message);
    return entry;
  }
  return fail('E_SOURCE_READ', `${job.url}: nothing fetched`);
}

function fail(code: ErrorCode, message: string): never {
  const text = message.includes(`[${code}]`) ? message : `${message} [${code}]`;
  if (!isRetryable(code)) throw new UnrecoverableError(text);
  throw new StorylineError(code, text);
}
