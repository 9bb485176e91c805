// The document: the immutable input text plus the named layers that pipeline stages fill in.
// Every span in every layer is an offset range into `text` (the original input).
import type { Entity, Geo } from './records/entity.js';
import type { Quote } from './records/quote.js';
import type { Sentence } from './records/sentence.js';
import type { Token } from './records/token.js';
import type { Amount } from './records/amount.js';
import type { Consistency } from './records/consistency.js';
import type { DateMention } from './records/date.js';
import type { StoryEvent } from './records/event.js';
import type { PageInfo, Source } from './records/page.js';
import { normalizeText, type NormalizedText } from './normalize.js';
import type { SyntaxLayer } from './syntax.js';

export interface DocumentMeta {
  id: string;
  published?: string | null;
  title?: string | null;
  url?: string | null;
  source?: Source | null;
  /** ISO 639-1 language the text is processed as. */
  language?: string | null;
  page?: PageInfo | null;
}

/** Names of the layers a stage may require, assign or modify: each is the Doc field of that name. */
export const LAYER_NAMES = ['normalized', 'tokens', 'sentences', 'syntax', 'entities', 'places', 'quotes', 'dates', 'amounts', 'events', 'consistency'] as const;
export type LayerName = (typeof LAYER_NAMES)[number];

export class Doc {
  readonly text: string;
  readonly meta: DocumentMeta;
  normalized!: NormalizedText;
  tokens: Token[] = [];
  sentences: Sentence[] = [];
  /** Tags, lemmas and dependencies per token; null until the syntax stage runs. */
  syntax: SyntaxLayer | null = null;
  entities: Entity[] = [];
  /** Geocodes by entity id: places (GPE, LOC, FAC) and the countries of demonyms (NORP). */
  places = new Map<string, Geo>();
  quotes: Quote[] = [];
  dates: DateMention[] = [];
  amounts: Amount[] = [];
  events: StoryEvent[] = [];
  consistency: Consistency[] = [];
  warnings: string[] = [];

  constructor(text: string, meta: DocumentMeta) {
    this.text = text;
    this.meta = meta;
  }

  static create(text: string, meta: DocumentMeta): Doc {
    const doc = new Doc(text, meta);
    doc.normalized = normalizeText(text);
    return doc;
  }

  slice(s: { start: number; end: number }): string {
    return this.text.slice(s.start, s.end);
  }

  entityById(id: string | null): Entity | undefined {
    return id == null ? undefined : this.entities.find((e) => e.id === id);
  }
}
