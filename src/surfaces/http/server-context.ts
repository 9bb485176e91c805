// What the routes are given: the corpus store (null: extraction only) and the use cases they call.
// Surfaces stay thin: every function here lives in src/app/ (or below); the context binds them.
import type { ArticleInput } from '../../app/extract.js';
import type { StoryRecord } from '../../core/record.js';
import type { SaveResult, Store } from '../../store/store.js';
import { HttpError } from './http-error.js';

export interface HtmlInput {
  html: string;
  id: string;
  url: string | null;
  published: string | null;
  title: string | null;
  /** Repairs made while reading the page (charset), passed on to the record. */
  warnings?: string[];
}

export interface UrlInput {
  url: string;
  id: string | null;
  published: string | null;
  title: string | null;
}

export interface ServerContext {
  /** Package version, reported by /health and the OpenAPI document. */
  version: string;
  store: Store | null;
  extractText(input: ArticleInput & { warnings?: string[] }): Promise<StoryRecord>;
  extractHtml(input: HtmlInput): Promise<StoryRecord>;
  extractUrl(input: UrlInput): Promise<StoryRecord>;
  saveRecord(record: StoryRecord): Promise<SaveResult>;
}

export function needStore(ctx: ServerContext): Store {
  if (!ctx.store) throw new HttpError(409, 'E_NO_STORE', 'this server has no corpus store; start it with --db FILE');
  return ctx.store;
}
