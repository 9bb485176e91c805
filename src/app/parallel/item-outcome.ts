// What one article of a parallel batch comes back as: its record, or the error that stopped it (with
// the StorylineError code when there is one), tagged with its position in the input.
import { StorylineError, type ErrorCode } from '../../core/errors.js';
import type { StoryRecord } from '../../core/record.js';
import { extractArticle, type ArticleInput } from '../extract.js';

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
  try {
    return { index, id: input.id, record: extractArticle(input) };
  } catch (err) {
    const code = err instanceof StorylineError ? err.code : 'E_PIPELINE';
    return { index, id: input.id, code, message: err instanceof Error ? err.message : String(err) };
  }
}
