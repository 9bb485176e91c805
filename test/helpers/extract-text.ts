// Runs the default pipeline over a short text and returns the record with small accessors that
// read spans back out of the text, for table-driven stage tests.
import { extractArticle } from '../../src/app/extract.js';
import type { StoryRecord } from '../../src/core/record.js';

export interface QuoteView {
  content: string;
  cue: string | null;
  source: string | null;
  speaker: string | null;
  channel: string | null;
  direct: boolean;
  belief: boolean;
}

export function extract(text: string, published = '2025-03-06'): StoryRecord {
  return extractArticle({ id: 'test', text, published });
}

export function quotesOf(text: string): QuoteView[] {
  const r = extract(text);
  const slice = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return r.quotes.map((q) => ({
    content: q.content.map((c) => text.slice(c.start, c.end)).join(' | '),
    cue: slice(q.cue),
    source: slice(q.source),
    speaker: r.entities.find((e) => e.id === q.speaker)?.name ?? null,
    channel: slice(q.channel),
    direct: q.direct,
    belief: q.belief ?? false,
  }));
}
