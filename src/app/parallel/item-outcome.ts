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
    return new LazyResult(index, id, extract(), undefined);
  } catch (err) {
    const code = err instanceof StorylineError ? err.code : 'E_PIPELINE';
    return { index, id, code, message: err instanceof Error ? err.message : String(err) };
  }
}
