// Finds entity mentions by position: which entity a token belongs to, and the mentions inside a span.
import type { Doc } from '../../core/document.js';
import type { Entity } from '../../core/records/entity.js';
import { lowerBound } from '../../core/sorted.js';

export interface PlacedMention { start: number; end: number; entity: Entity; form?: string }

export class MentionLocator {
  private readonly mentions: PlacedMention[];

  constructor(doc: Doc) {
    this.mentions = doc.entities
      .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e, form: m.form })))
      .sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** The mention covering offset `at`, if any (the longest one). */
  at(at: number): PlacedMention | undefined {
    let best: PlacedMention | undefined;
    for (let k = lowerBound(this.mentions, at - 300, (m) => m.start); k < this.mentions.length && this.mentions[k].start <= at; k++) {
      const m = this.mentions[k];
      if (m.end > at && (!best || m.end - m.start > best.end - best.start)) best = m;
    }
    return best;
  }

  /** Mentions that start inside [start, end), in text order. */
  within(start: number, end: number): PlacedMention[] {
    const out: PlacedMention[] = [];
    for (let k = lowerBound(this.mentions, start, (m) => m.start); k < this.mentions.length && this.mentions[k].start < end; k++) out.push(this.mentions[k]);
    return out;
  }

  add(m: PlacedMention): void {
    const k = lowerBound(this.mentions, m.start, (x) => x.start);
    this.mentions.splice(k, 0, m);
  }
}
