// Use case: turn what a user names (files, directories, .gz files, WARC archives, http(s) URLs) into
// one stream of source items, each an article's raw text or HTML with its id and origin, or a
// per-item failure. `storyline extract` and `storyline ingest` both read their inputs through this.
import { stat } from 'node:fs/promises';
import { StorylineError } from '../core/errors.js';
import type { ResolveFn } from '../sources/fetch/connect-policy.js';
import { fileKind } from '../sources/file-kinds.js';
import { readFileItem } from '../sources/file-source.js';
import { failure, type SourceEntry } from '../sources/source-item.js';
import { fetchItem } from '../sources/url-source.js';
import { walkDirectory } from '../sources/walk-directory.js';
import { readWarc } from '../sources/warc-source.js';

export type { SourceEntry, SourceFailure, SourceItem } from '../sources/source-item.js';

export interface SourceOptions {
  /** Publication date given by the user; the page's own date is used when this is absent. */
  published?: string | null;
  /** Cap on one page or file, decompressed (default 50 MB for files, 10 MB for fetched pages). */
  maxFileBytes?: number;
  maxFetchBytes?: number;
  /** Cap on one line of a JSONL batch (default 50 MB, MAX_LINE_BYTES); a longer line is skipped. */
  maxLineBytes?: number;
  allowPrivate?: boolean;
  /** Fetch pages that the site's robots.txt disallows for Storyline. */
  ignoreRobots?: boolean;
  /** Exact "host:port" origins allowed to be private (a test server). */
  trustedHosts?: string[];
  timeoutMs?: number;
  resolve?: ResolveFn;
}

/** Largest file (decompressed) or stdin read as one article: 50 MB. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Items from every input in order; a failing item or input is yielded as a failure, never thrown. */
export async function* ingestSources(inputs: Iterable<string>, options: SourceOptions = {}): AsyncGenerator<SourceEntry> {
  for (const input of inputs) yield* sourceEntries(input, options);
}

async function* sourceEntries(input: string, options: SourceOptions): AsyncGenerator<SourceEntry> {
  const published = options.published ?? null;
  const maxBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
  if (isUrl(input)) {
    try {
      yield await fetchItem(input, { ...options, maxBytes: options.maxFetchBytes, published });
    } catch (err) {
      yield failure(input, null, err);
    }
    return;
  }
  let isDir: boolean;
  try {
    isDir = (await stat(input)).isDirectory();
  } catch {
    yield failure(input, null, new StorylineError('E_INPUT_NOT_FOUND', `no such file or directory: ${input}`));
    return;
  }
  const files = isDir ? walkDirectory(input) : single(input);
  for await (const { path, kind } of files) {
    if (kind === 'warc') {
      yield* readWarc(path, maxBytes);
      continue;
    }
    try {
      yield await readFileItem(path, kind, maxBytes, published);
    } catch (err) {
      yield failure(path, null, err);
    }
  }
}

// A file named directly is read whatever its extension: as plain text unless it says HTML or WARC.
async function* single(path: string): AsyncGenerator<{ path: string; kind: 'html' | 'text' | 'warc' }> {
  yield { path, kind: fileKind(path) ?? 'text' };
}
