// What the routes are given: the corpus store (null: extraction only) and the use cases they call.
// Surfaces stay thin: every function here lives in src/app/ (or below); the context binds them.
import type { ArticleSource } from '../../core/article-source.js';
import type { StoryRecord } from '../../core/record.js';
import type { SaveResult, Store } from '../../store/store.js';
import { HttpError } from './http-error.js';

export interface ServerContext {
  /** Package version, reported by /health and the OpenAPI document. */
  version: string;
  store: Store | null;
  /** One article in, its record out: the intake (app/intake.ts), on the pool's threads when there is one. */
  extract(article: ArticleSource): Promise<StoryRecord>;
  /** Fetches a page (address policy, robots) as an article; `id` names its record (default: from the URL). */
  fetchArticle(url: string, id: string | null): Promise<ArticleSource>;
  /** Stores an extracted article as `storyline ingest` would (app/article-write.ts). */
  saveRecord(article: ArticleSource, record: StoryRecord): Promise<SaveResult>;
}

export function needStore(ctx: ServerContext): Store {
  if (!ctx.store) throw new HttpError(409, 'E_NO_STORE', 'this server has no corpus store; start it with --db FILE');
  return ctx.store;
}
