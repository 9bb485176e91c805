// The JSONL batch (extract.ts's extractJsonl) on a pool of threads: same hooks, same per-line error
// reports, records written in input order. Lines are parsed here (cheap) and extracted in the threads;
// a line that does not parse takes its turn in the output order as an error, so messages stay in order.
import type { Readable } from 'node:stream';
import { StorylineError, type ErrorCode } from '../../core/errors.js';
import { jsonlLines, lineTooLongMessage, MAX_LINE_BYTES } from '../../sources/jsonl-lines.js';
import type { ArticleSource } from '../../core/article-source.js';
import { parseArticleLine, type BatchHooks, type BatchResult } from '../extract.js';
import { createExtractPool, type InOrderOptions } from './extract-pool.js';
import { isItemError, type ItemOutcome } from './item-outcome.js';
import { mapInOrder } from './ordered-window.js';

interface Line {
  lineNo: number;
  article?: ArticleSource;
  error?: string;
  code?: ErrorCode;
}

async function* parsedLines(input: Readable, published: string | null | undefined, maxBytes: number): AsyncGenerator<Line> {
  for await (const line of jsonlLines(input, maxBytes)) {
    const { lineNo } = line;
    try {
      if ('tooLong' in line) throw new StorylineError('E_LINE_TOO_LONG', lineTooLongMessage(line.tooLong, maxBytes));
      const article = parseArticleLine(line.text, lineNo);
      if (article.published == null && published) article.published = published;
      yield { lineNo, article };
    } catch (err) {
      yield { lineNo, error: err instanceof Error ? err.message : String(err), code: err instanceof StorylineError ? err.code : undefined };
    }
  }
}

export interface ParallelBatchHooks extends BatchHooks {
  /** When given, called instead of onRecord with the record as one line of JSON, made in the thread. */
  onJson?(json: string): void | Promise<void>;
}

export async function extractJsonlParallel(input: Readable, hooks: ParallelBatchHooks, options: InOrderOptions = {}): Promise<BatchResult> {
  const pool = createExtractPool(options);
  const result: BatchResult = { ok: 0, failed: 0 };
  const run = async (line: Line): Promise<[Line, ItemOutcome | null]> =>
    [line, line.article ? await pool.run(line.article, line.lineNo) : null];
  try {
    for await (const [line, outcome] of mapInOrder(parsedLines(input, hooks.published, hooks.maxLineBytes ?? MAX_LINE_BYTES), run, options.window ?? pool.workers * 4)) {
      if (outcome === null || isItemError(outcome)) {
        result.failed++;
        hooks.onError(line.lineNo, outcome?.message ?? line.error ?? 'unknown error', outcome?.code ?? line.code);
      } else {
        try {
          await (hooks.onJson ? hooks.onJson(outcome.json) : hooks.onRecord(outcome.record));
          result.ok++;
        } catch (err) {
          result.failed++;
          hooks.onError(line.lineNo, err instanceof Error ? err.message : String(err));
        }
      }
      hooks.onProgress?.(result.ok, result.failed);
    }
  } finally {
    await pool.close();
  }
  return result;
}
