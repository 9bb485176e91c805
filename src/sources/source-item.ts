// What an input source yields: one article's raw content (plain text or an HTML page) with where it
// came from, or a per-item failure that a batch reports and steps over.
import type { ErrorCode } from '../core/errors.js';
import { StorylineError } from '../core/errors.js';

export interface SourceItem {
  kind: 'text' | 'html';
  /** How it was read: a local file (maybe gzipped), an http(s) fetch, or a WARC record. */
  from: 'file' | 'url' | 'warc';
  /** Record id: a file's name without extensions, a WARC file's stem plus record number, or a URL slug. */
  id: string;
  content: string;
  /** The page's URL (fetched URL after redirects, WARC target URI), when known. */
  url: string | null;
  /** Where it came from, for messages: a path, "crawl.warc.gz#12", or a URL. */
  location: string;
  published: string | null;
  /** Repairs made while decoding (wrong charset, ...), passed on to the record. */
  warnings: string[];
}

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
