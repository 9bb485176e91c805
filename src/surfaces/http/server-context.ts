// What the routes are given: the corpus store (null: extraction only) and the use cases they call.
// Surfaces stay thin: every function here lives in src/app/; the context only binds them together.
import type { StoryRecord } from '../../core/record.js';

export interface HtmlInput {
  html: string;
  id: string;
  url: string | null;
  published: string | null;
  title: string | null;
}

export interface UrlInput {
  url: string;
  id: string;
  published: string | null;
  title: string | null;
}

export interface ServerContext {
  /** Package version, reported by /health and the OpenAPI document. */
  version: string;
  store: null;
  extractHtml(input: HtmlInput): Promise<StoryRecord>;
  extractUrl(input: UrlInput): Promise<StoryRecord>;
  saveRecord(record: StoryRecord): Promise<void>;
}
