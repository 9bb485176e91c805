// What an input source yields: one article (core's ArticleSource: plain text or an HTML page, with
// where it came from), or a per-item failure that a batch reports and steps over.
import type { ArticleSource } from '../core/article-source.js';
import type { ErrorCode } from '../core/errors.js';
import { StorylineError } from '../core/errors.js';

/** An article read by a source: core's one article type (app/intake.ts turns it into a record). */
export type SourceItem = ArticleSource;

export interface SourceFailure {
  kind: 'error';
  id: string | null;
  location: string;
  code: ErrorCode;
  message: string;
}

export type SourceEntry = SourceItem | SourceFailure;

export function failure(location: string, id: string | null, err: unknown): SourceFailure {
  if (err instanceof StorylineError) return { kind: 'error', id, location, code: err.code, message: err.message };
  const message = err instanceof Error ? err.message : String(err);
  return { kind: 'error', id, location, code: 'E_SOURCE_READ', message: `${location}: ${message}` };
}
