// Use case: extract records from articles — one text, or a JSONL stream of articles. The text's
// language is detected first; a non-English article is recorded with its language and a warning,
// and the English-only layers are skipped.
import type { Readable } from 'node:stream';
import { articleSource, type ArticleSource } from '../core/article-source.js';
import { StorylineError, type ErrorCode } from '../core/errors.js';
import { Pipeline } from '../core/pipeline.js';
import { toRecord, type StoryRecord } from '../core/record.js';
import type { PageInfo, Source } from '../core/records/page.js';
import { defaultPipeline, type PipelinePreset } from '../pipeline/default-pipeline.js';
import { chooseLanguage, isEnglish } from '../stages/page/read-page.js';
import { jsonlLines, lineTooLongMessage, MAX_LINE_BYTES } from '../sources/jsonl-lines.js';
import { checkText } from './decode-input.js';
import { extractSource } from './intake.js';
import { jsonObjectLine } from './json-line.js';

/** What the pipeline reads: the article text and what is known of it (app/intake.ts makes it from an ArticleSource). */
export interface ArticleInput {
  id: string;
  text: string;
  published?: string | null;
  title?: string | null;
  url?: string | null;
  source?: Source | null;
  /** The language to process the text as (ISO 639-1); detected from the text when absent. */
  language?: string | null;
  page?: PageInfo | null;
}

let preset: PipelinePreset = 'default';
let shared: Pipeline | undefined;
const pipeline = (): Pipeline => (shared ??= defaultPipeline(preset));

/**
 * Chooses the pipeline preset every extraction in this process uses (the commands' `--pipeline`);
 * the extraction pool hands it to its threads.
 */
export function usePipelinePreset(name: PipelinePreset): void {
  if (name !== preset) shared = undefined;
  preset = name;
}

export const pipelinePreset = (): PipelinePreset => preset;
// Every layer of the default pipeline reads English (wink-nlp's English model, English lexicons,
// chrono's English parser), so another language gets none rather than garbage.
const noLayers = new Pipeline([]);
const ENGLISH_ONLY = 'entities, quotes, dates, amounts, places, events, consistency';

export function extractArticle(input: ArticleInput, warnings: string[] = []): StoryRecord {
  checkText(input.text, input.id);
  if (input.published != null && !/^\d{4}-\d{2}-\d{2}/.test(input.published)) {
    throw new StorylineError('E_BAD_OPTION', `${input.id}: published must look like YYYY-MM-DD, got ${JSON.stringify(input.published)}`);
  }
  const language = input.language ?? chooseLanguage(input.text).language;
  const english = isEnglish(language);
  const doc = (english ? pipeline() : noLayers).run(input.text, {
    id: input.id,
    published: input.published ?? null,
    title: input.title ?? null,
    url: input.url ?? null,
    source: input.source ?? null,
    language,
    page: input.page ?? null,
  });
  if (!english) doc.warnings.unshift(`language '${language}' detected: English-only layers (${ENGLISH_ONLY}) skipped`);
  doc.warnings.unshift(...warnings);
  return toRecord(doc);
}

export interface BatchResult {
  ok: number;
  failed: number;
}

export interface BatchHooks {
  onRecord(record: StoryRecord): void | Promise<void>;
  /** `code` is the StorylineError's code when the line failed with one. */
  onError(line: number, message: string, code?: ErrorCode): void;
  onProgress?(done: number, failed: number): void;
  published?: string | null;
  /** Longest line read, in bytes (default MAX_LINE_BYTES); a longer one is skipped as E_LINE_TOO_LONG. */
  maxLineBytes?: number;
}

/** Reads JSONL articles line by line (constant memory); a bad or over-long line is reported and skipped. */
export async function extractJsonl(input: Readable, hooks: BatchHooks): Promise<BatchResult> {
  const maxBytes = hooks.maxLineBytes ?? MAX_LINE_BYTES;
  const result: BatchResult = { ok: 0, failed: 0 };
  for await (const line of jsonlLines(input, maxBytes)) {
    try {
      if ('tooLong' in line) throw new StorylineError('E_LINE_TOO_LONG', lineTooLongMessage(line.tooLong, maxBytes));
      const article = parseArticleLine(line.text, line.lineNo);
      if (article.published == null && hooks.published) article.published = hooks.published;
      await hooks.onRecord(extractSource(article));
      result.ok++;
    } catch (err) {
      result.failed++;
      hooks.onError(line.lineNo, err instanceof Error ? err.message : String(err), err instanceof StorylineError ? err.code : undefined);
    }
    hooks.onProgress?.(result.ok, result.failed);
  }
  return result;
}

export function parseArticleLine(line: string, lineNo: number): ArticleSource {
  const o = jsonObjectLine(line, '"id" and "text"');
  if (typeof o.text !== 'string') throw new StorylineError('E_MISSING_TEXT', 'missing "text" (a string)');
  const id = o.id == null ? `line-${lineNo}` : String(o.id);
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  return articleSource({ id, text: o.text, published: str(o.published), title: str(o.title), url: str(o.url), location: `line ${lineNo}` });
}
