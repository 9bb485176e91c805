// A story's timeline: its events and quotes ordered by when they happened — an event by its resolved
// date, a quote by the date of the event it reports, else its article's publication date — each with
// its source article. A first version; src/corpus/stories' buildTimeline replaces it when it lands.
import type { StoredArticle } from '../store/store.js';

export interface TimelineEntry {
  date: string | null;
  /** Where the date came from: the event's own date, or the article's publication date. */
  dateFrom: 'event' | 'published';
  kind: 'event' | 'quote';
  text: string;
  speaker: string | null;
  article: { id: string; title: string | null; publisher: string | null; published: string | null };
}

export async function storyTimeline(articles: AsyncIterable<StoredArticle>): Promise<TimelineEntry[]> {
  const entries: TimelineEntry[] = [];
  for await (const { record, meta } of articles) {
    const article = { id: meta.id, title: meta.title, publisher: meta.publisher, published: meta.published };
    const name = (id: string | null) => record.entities.find((e) => e.id === id)?.name ?? null;
    const quoted = new Map<string, string>();
    for (const ev of record.events) {
      if (!ev.date) continue;
      if (ev.quote) quoted.set(ev.quote, ev.date);
      entries.push({ date: ev.date, dateFrom: 'event', kind: 'event', text: `${ev.label}: ${sentenceOf(record.text, ev.trigger.start)}`, speaker: name(ev.actor), article });
    }
    for (const q of record.quotes) {
      const date = quoted.get(q.id);
      entries.push({
        date: date ?? meta.published,
        dateFrom: date ? 'event' : 'published',
        kind: 'quote',
        text: q.content.map((c) => record.text.slice(c.start, c.end)).join(' … '),
        speaker: name(q.speaker),
        article,
      });
    }
  }
  return entries.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.article.id.localeCompare(b.article.id));
}

function sentenceOf(text: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < 200 && !/[.!?\n]/.test(text[start - 1])) start--;
  let end = at;
  while (end < text.length && end - at < 200 && !/[.!?\n]/.test(text[end])) end++;
  return text.slice(start, Math.min(text.length, end + 1)).trim();
}
