// A story's timeline: its events and quotes ordered by when they happened, each with its source
// article. An event's date is the one the events stage resolved; a quote's is the date of the event
// it asserts, else a resolved day or time in its sentence outside the quoted words ("said on
// Tuesday"; a year or month there is usually what the quote is about, not when it was said), else the article's publication date — flagged `dateSource: 'published'`, because that
// only bounds when it was said. The same quote carried by several articles is one entry with all
// its sources (the first article to carry it is the entry's own source).
import type { StoryRecord } from '../../core/record.js';
import type { DateMention } from '../../core/records/date.js';
import type { Quote } from '../../core/records/quote.js';
import type { Span } from '../../core/span.js';
import { sentenceAround } from './sentence-around.js';
import type { ArticleMeta } from './types.js';

export interface TimelineSource {
  articleId: string;
  publisher: string | null;
  title: string | null;
  url: string | null;
  published: string | null;
}

export interface TimelineEntry {
  kind: 'event' | 'quote';
  /** YYYY, YYYY-MM or YYYY-MM-DD (a date-time is cut to its day); null when nothing is known. */
  date: string | null;
  dateSource: 'stated' | 'event' | 'published' | 'unknown';
  /** The date phrase that gave the date, when stated in the text. */
  dateText: string | null;
  source: TimelineSource;
  /** Other articles that carry the same quote. */
  alsoIn: TimelineSource[];
  /** Record id of the event or quote in its article. */
  itemId: string;
  span: Span;
  /** The sentence around it. */
  snippet: string;
  // Quotes
  speaker: string | null;
  speakerId: string | null;
  /** Corpus profile id of the speaker, when the caller passed entityIds. */
  speakerProfile: string | null;
  content: string | null;
  /** The words that introduce the quote ("said", "denied"): without them a denial reads as a claim. */
  cue: string | null;
  direct: boolean | null;
  // Events
  eventType: string | null;
  label: string | null;
  actor: string | null;
  target: string | null;
}

export interface TimelineItem {
  record: StoryRecord;
  meta?: ArticleMeta;
  /** Corpus id per record entity: an array in record.entities order, or record entity id -> id. */
  entityIds?: (string | number | null)[] | Record<string, string | number | null>;
}

export function buildTimeline(items: TimelineItem[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const byQuote = new Map<string, TimelineEntry>();
  for (const { record, meta = {}, entityIds } of items) {
    const source = sourceOf(record, meta);
    const published = source.published;
    const nameOf = (id: string | null): string | null => (id ? (record.entities.find((e) => e.id === id)?.name ?? null) : null);
    const profileOf = (id: string | null): string | null => {
      if (!id || !entityIds) return null;
      const v = Array.isArray(entityIds) ? entityIds[record.entities.findIndex((e) => e.id === id)] : entityIds[id];
      return v === undefined || v === null ? null : String(v);
    };
    for (const ev of record.events) {
      const span = { start: ev.trigger.start, end: ev.trigger.end };
      const stated = ev.date ? day(ev.date) : null;
      const sentence = sentenceAround(record.text, span.start, span.end);
      // The phrase the date came from: a date mention in the trigger's sentence with that value.
      const phrase = stated ? record.dates.find((d) => d.value && day(d.value) === stated && d.start >= sentence.start && d.end <= sentence.end) : undefined;
      entries.push({
        ...blank(source, ev.id, span, record.text),
        kind: 'event',
        date: stated ?? published,
        dateSource: stated ? 'stated' : published ? 'published' : 'unknown',
        dateText: phrase ? record.text.slice(phrase.start, phrase.end) : null,
        eventType: ev.type,
        label: ev.label,
        actor: nameOf(ev.actor),
        target: nameOf(ev.target),
      });
    }
    for (const q of record.quotes) {
      const span = quoteSpan(q);
      const { date, dateSource, dateText } = quoteDate(record, q, published);
      const content = q.content.map((c) => record.text.slice(c.start, c.end)).join(' … ');
      const speakerName = nameOf(q.speaker) ?? (q.source ? record.text.slice(q.source.start, q.source.end) : null);
      const key = `${fold(speakerName ?? '')}|${fold(content).slice(0, 160)}`;
      const seen = byQuote.get(key);
      if (seen && seen.source.articleId !== source.articleId) {
        seen.alsoIn.push(source);
        // A date stated in any carrying article beats a publication-date fallback.
        if (seen.dateSource === 'published' && dateSource !== 'published' && date) Object.assign(seen, { date, dateSource, dateText });
        continue;
      }
      const entry: TimelineEntry = {
        ...blank(source, q.id, span, record.text),
        kind: 'quote', date, dateSource, dateText,
        speaker: speakerName, speakerId: q.speaker, speakerProfile: profileOf(q.speaker), content, direct: q.direct,
        cue: q.cue ? record.text.slice(q.cue.start, q.cue.end) : null,
      };
      entries.push(entry);
      if (!seen) byQuote.set(key, entry);
    }
  }
  return entries.sort(compareEntries);
}

function sourceOf(record: StoryRecord, meta: ArticleMeta): TimelineSource {
  const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
  return {
    articleId: record.id,
    publisher: str(meta.publisher),
    title: str(meta.title) ?? record.title,
    url: str(meta.url) ?? record.url,
    published: day(str(meta.published) ?? record.published),
  };
}

function blank(source: TimelineSource, itemId: string, span: Span, text: string): TimelineEntry {
  const s = sentenceAround(text, span.start, span.end);
  return {
    kind: 'event', date: null, dateSource: 'unknown', dateText: null, source, alsoIn: [], itemId, span,
    snippet: text.slice(s.start, s.end), speaker: null, speakerId: null, speakerProfile: null, content: null, cue: null, direct: null,
    eventType: null, label: null, actor: null, target: null,
  };
}

function quoteSpan(q: Quote): Span {
  const parts = [...q.content, q.cue, q.source].filter((s): s is Span => s !== null);
  return { start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)) };
}

function quoteDate(record: StoryRecord, q: Quote, published: string | null): Pick<TimelineEntry, 'date' | 'dateSource' | 'dateText'> {
  const ev = record.events.find((e) => e.quote === q.id && e.date);
  if (ev?.date) return { date: day(ev.date), dateSource: 'event', dateText: null };
  const span = quoteSpan(q);
  const sentence = sentenceAround(record.text, span.start, span.end);
  const inside = (d: DateMention): boolean => q.content.some((c) => d.start < c.end && c.start < d.end);
  const near = record.dates
    // Only days and times: a year or month in the sentence is usually what the quote is about.
    .filter((d) => d.value && !d.duration && (d.grain === 'day' || d.grain === 'time') && d.start >= sentence.start && d.end <= sentence.end && !inside(d))
    .sort((a, b) => Math.abs(a.start - span.start) - Math.abs(b.start - span.start));
  if (near.length > 0) return { date: day(near[0].value), dateSource: 'stated', dateText: record.text.slice(near[0].start, near[0].end) };
  return { date: published, dateSource: published ? 'published' : 'unknown', dateText: null };
}

/** A date cut to its day (date-times) or kept at its grain (YYYY, YYYY-MM). */
function day(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(value);
  return m ? m[0] : null;
}

const fold = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  const pa = a.source.published ?? '';
  const pb = b.source.published ?? '';
  if (pa !== pb) return pa < pb ? -1 : 1;
  if (a.source.articleId !== b.source.articleId) return a.source.articleId < b.source.articleId ? -1 : 1;
  return a.span.start - b.span.start;
}
