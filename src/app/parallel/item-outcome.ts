// What one article of a parallel batch comes back as: its record, or the error that stopped it (with
// the StorylineError code when there is one), tagged with its position in the input. Plain text
// articles (extract) and store-bound articles (ingest: text or HTML) both run here.
import { StorylineError, type ErrorCode } from '../../core/errors.js';
import type { StoryRecord } from '../../core/record.js';
import { extractArticle, type ArticleInput } from '../extract.js';
import { extractHtmlArticle } from '../extract-html.js';
import { extractText } from '../ingest.js';
import type { IngestArticle } from '../ingest-inputs.js';

export interface ItemResult {
  index: number;
  id: string;
  record: StoryRecord;
}

export interface ItemError {
  index: number;
  id: string;
  code: ErrorCode;
  message: string;
}

export type ItemOutcome = ItemResult | ItemError;

export const isItemError = (o: ItemOutcome): o is ItemError => 'message' in o && !('record' in o);

/** Extracts one article and never throws: errors become ItemError values that cross thread boundaries intact. */
export function extractOutcome(input: ArticleInput, index: number): ItemOutcome {
  return outcome(index, input.id, () => extractArticle(input));
}

/** The same for an article on its way to the store (text or HTML, as `storyline ingest` reads it). */
export function ingestOutcome(a: IngestArticle, index: number): ItemOutcome {
  const html = () => extractHtmlArticle({ id: a.key, html: a.content, url: a.url, published: a.published }, a.warnings);
  return outcome(index, a.key, a.kind === 'html' ? html : () => extractText(a));
}

function outcome(index: number, id: string, extract: () => StoryRecord): ItemOutcome {
  try {
    return { index, id, record: extract() };
  } catch (err) {
    const code = err instanceof StorylineError ? err.code : 'E_PIPELINE';
    return { index, id, code, message: err instanceof Error ? err.message : String(err) };
  }
}
