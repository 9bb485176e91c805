// What `storyline ingest` reads, as one stream: JSONL batches (one article per line; extra scalar
// fields such as publisher or author kept as metadata) read here, and everything else (text and
// HTML files, directories, .gz, WARC, URLs) through ingest-sources.ts. Bad lines and unreadable
// items come through as failures, never thrown, so the batch goes on.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { StorylineError, type ErrorCode } from '../core/errors.js';
import { articleSource, type ArticleMeta, type ArticleSource } from '../core/article-source.js';
import { jsonlLines, lineTooLongMessage, MAX_LINE_BYTES } from '../sources/jsonl-lines.js';
import { ingestSources, type SourceFailure, type SourceOptions } from './ingest-sources.js';
import { jsonObjectLine } from './json-line.js';

/** An article bound for the store (its id is the store key: the input's id, else its URL, else the source's id), or a failure. */
export type IngestEntry = ArticleSource | SourceFailure;

const KNOWN = new Set(['id', 'text', 'html', 'title', 'url', 'published', 'publisher']);

export const isJsonl = (path: string): boolean => /\.jsonl(\.gz)?$/i.test(path);

export async function* ingestInputs(inputs: string[], options: SourceOptions = {}): AsyncGenerator<IngestEntry> {
  let others: string[] = [];
  for (const input of inputs) {
    if (!isJsonl(input)) {
      others.push(input);
      continue;
    }
    // Keep the order the user gave: flush earlier non-JSONL inputs first.
    if (others.length) yield* fromSources(others, options);
    others = [];
    yield* jsonlEntries(input, options.published ?? null, options.maxLineBytes ?? MAX_LINE_BYTES);
  }
  if (others.length) yield* fromSources(others, options);
}

async function* fromSources(inputs: string[], options: SourceOptions): AsyncGenerator<IngestEntry> {
  for await (const entry of ingestSources(inputs, options)) {
    if (entry.kind === 'error') {
      yield entry;
      continue;
    }
    // A page's URL names it across runs (a file's name may not): the store key.
    yield { ...entry, id: entry.url ?? entry.id };
  }
}

const fail = (location: string, id: string | null, code: ErrorCode, message: string): SourceFailure => ({ kind: 'error', id, location, code, message });

async function* jsonlEntries(path: string, published: string | null, maxLineBytes: number): AsyncGenerator<IngestEntry> {
  try {
    await stat(path);
  } catch {
    yield fail(path, null, 'E_INPUT_NOT_FOUND', `no such file: ${path}`);
    return;
  }
  const raw = createReadStream(path);
  const input = /\.gz$/i.test(path) ? raw.pipe(createGunzip()) : raw;
  let lineNo = 0;
  try {
    for await (const line of jsonlLines(input, maxLineBytes)) {
      lineNo = line.lineNo;
      const location = `${path}:${lineNo}`;
      if ('tooLong' in line) {
        yield fail(location, null, 'E_LINE_TOO_LONG', lineTooLongMessage(line.tooLong, maxLineBytes));
        continue;
      }
      try {
        yield articleFromLine(line.text, location, lineNo, published);
      } catch (err) {
        const code = err instanceof StorylineError ? err.code : 'E_BAD_JSON';
        yield fail(location, null, code, (err as Error).message);
      }
    }
  } catch (err) {
    yield fail(`${path}:${lineNo + 1}`, null, 'E_SOURCE_READ', `cannot read ${path}: ${(err as Error).message}`);
  }
}

export function articleFromLine(line: string, location: string, lineNo: number, published: string | null): ArticleSource {
  const o = jsonObjectLine(line, '"text" (or "html")');
  const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
  const html = str(o.html);
  if (typeof o.text !== 'string' && html == null) throw new StorylineError('E_MISSING_TEXT', 'missing "text" (a string) or "html"');
  const url = str(o.url);
  const id = o.id == null ? null : String(o.id);
  // Scalar extras only: nested values (gold annotations, raw crawls) would bloat every revision row.
  const meta: ArticleMeta = {};
  for (const [k, v] of Object.entries(o)) {
    if (!KNOWN.has(k) && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) meta[k] = v;
  }
  return articleSource({
    ...(typeof o.text === 'string' ? { text: o.text } : { html: html as string }),
    id: id ?? url ?? `${location.replace(/:\d+$/, '')}#${lineNo}`,
    url,
    title: str(o.title),
    published: str(o.published) ?? published,
    publisher: str(o.publisher),
    meta,
    location,
  });
}
