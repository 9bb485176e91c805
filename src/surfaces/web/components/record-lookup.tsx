// Small lookups over one record that several views share: entities and quotes by id, span text,
// who a quote is by, and the hover description of an entity or a quote.
import type { StoryRecord } from '../../../core/record.js';
import type { Entity } from '../../../core/records/entity.js';
import type { Quote } from '../../../core/records/quote.js';

type Span = { start: number; end: number };

export class RecordLookup {
  readonly entities = new Map<string, Entity>();
  readonly quotes = new Map<string, Quote>();

  constructor(readonly record: StoryRecord) {
    for (const e of record.entities) this.entities.set(e.id, e);
    for (const q of record.quotes) this.quotes.set(q.id, q);
  }

  text(span: Span | null | undefined): string {
    return span ? this.record.text.slice(span.start, span.end) : '';
  }

  entityName(id: string | null): string | null {
    return id ? (this.entities.get(id)?.name ?? null) : null;
  }

  /** The speaker's canonical name, else the words naming the source, else "unattributed". */
  speakerName(quote: Quote): string {
    return this.entityName(quote.speaker) ?? (quote.source ? this.text(quote.source) : 'unattributed');
  }

  quoteText(quote: Quote): string {
    return quote.content.map((c) => this.text(c)).join(' … ');
  }

  describeEntity(entity: Entity): string[] {
    const lines = [`${entity.name} (${entity.type})`];
    if (entity.titles.length) lines.push(`title: ${entity.titles.join(', ')}`);
    if (entity.affiliation) lines.push(`affiliation: ${entity.affiliation}`);
    if (entity.geo) lines.push(`place: ${entity.geo.lat.toFixed(2)}, ${entity.geo.lon.toFixed(2)} (${entity.geo.country})`);
    return lines;
  }

  describeQuote(quote: Quote): string[] {
    const lines = [`${quote.direct ? 'Direct quote' : 'Reported speech'} by ${this.speakerName(quote)}`];
    const speaker = quote.speaker ? this.entities.get(quote.speaker) : undefined;
    if (speaker?.titles.length) lines.push(`title: ${speaker.titles.join(', ')}`);
    if (quote.cue) lines.push(`cue: ${this.text(quote.cue)}`);
    if (quote.channel) lines.push(`channel: ${this.text(quote.channel)}`);
    return lines;
  }
}
