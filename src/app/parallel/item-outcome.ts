// What one article of a parallel batch comes back as: its record, or the error that stopped it (with
// the StorylineError code when there is one), tagged with its position in the input. Every article
// (text or HTML, for extract, ingest, HTTP or the queue) runs through the one intake (app/intake.ts).
import type { ArticleSource } from '../../core/article-source.js';
import { StorylineError, type ErrorCode } from '../../core/errors.js';
import type { StoryRecord } from '../../core/record.js';
import { extractSource } from '../intake.js';

export interface ItemResult {
  index: number;
  id: string;
  readonly record: StoryRecord;
  /** The record as one line of JSON (what `--format jsonl` writes). */
  readonly json: string;
}

/**
 * What a pool thread sends back: the record as JSON text, stringified there (in parallel). A string
 * crosses to the main thread in one copy, where a record's object graph would be cloned node by node
 * on the main thread, which at two threads' output competes with them for the cores.
 */
export interface WireResult {
  index: number;
  id: string;
  json: string;
}

export interface ItemError {
  index: number;
  id: string;
  code: ErrorCode;
  message: string;
}

export type ItemOutcome = ItemResult | ItemError;

export const isItemError = (o: ItemOutcome): o is ItemError => 'message' in o && !('record' in o);

/** A result that holds the record, the JSON text, or both, making the other only when asked. */
class LazyResult implements ItemResult {
  constructor(
    readonly index: number,
    readonly id: string,
    private parsed: StoryRecord | undefined,
    private text: string | undefined,
  ) {}

  get record(): StoryRecord {
    return (this.parsed ??= JSON.parse(this.text as string) as StoryRecord);
  }

  get json(): string {
    return (this.text ??= JSON.stringify(this.parsed));
  }
}

/** For the thread: the outcome in the form that crosses to the main thread. */
export const toWire = (o: ItemOutcome): WireResult | ItemError => (isItemError(o) ? o : { index: o.index, id: o.id, json: o.json });

/** For the main thread: the outcome back from its wire form. */
export const fromWire = (w: WireResult | ItemError): ItemOutcome => ('json' in w ? new LazyResult(w.index, w.id, undefined, w.json) : w);

/** Extracts one article and never throws: errors become ItemError values that cross thread boundaries intact. */
export function extractOutcome(a: ArticleSource, index: number): ItemOutcome {
  const id = a.id;
  try {
    return new LazyResult(index, id, extractSource(a), undefined);
  } catch (err) {
    const code = err instanceof StorylineError ? err.code : 'E_PIPELINE';
    return { index, id, code, message: err instanceof Error ? err.message : String(err) };
  }
}
