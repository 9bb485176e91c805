// CSV export (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break
// in double quotes, quotes doubled; text that a spreadsheet would run as a formula starts with an
// apostrophe). Two tables, chosen by `table`:
//   quotes   — one row per quote: article, speaker (name, record entity id, corpus id), direct,
//              content (fragments joined by " … "), cue and source text, first content offsets.
//   entities — one row per entity mention: article, entity (record and corpus id), type, canonical
//              name, the mention's text, form and offsets.
import { articleMeta, corpusIdOf, type ExportItem } from './export-item.js';

export type CsvTable = 'quotes' | 'entities';

export const QUOTE_COLUMNS = [
  'article_id', 'publisher', 'published', 'title', 'url', 'quote_id', 'speaker', 'speaker_entity_id', 'speaker_corpus_id',
  'direct', 'content', 'cue', 'source', 'content_start', 'content_end',
] as const;
export const ENTITY_COLUMNS = [
  'article_id', 'publisher', 'published', 'entity_id', 'corpus_id', 'type', 'name', 'mention', 'form', 'start', 'end',
] as const;

// A spreadsheet runs a cell that starts with one of these as a formula (`=cmd|' /C calc'!A0`):
// text cells that do are written with a leading apostrophe, as OWASP's "CSV Injection" page advises.
// Numbers are written as they are (a negative offset cannot occur, and a number is no formula).
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvRow = (fields: unknown[]): string => `${fields.map(csvField).join(',')}\r\n`;

export async function* csvLines(items: AsyncIterable<ExportItem> | Iterable<ExportItem>, table: CsvTable = 'quotes'): AsyncGenerator<string> {
  yield csvRow(table === 'quotes' ? [...QUOTE_COLUMNS] : [...ENTITY_COLUMNS]);
  for await (const item of items) {
    const { record } = item;
    const meta = articleMeta(item);
    const slice = (s: { start: number; end: number } | null): string => (s ? record.text.slice(s.start, s.end) : '');
    if (table === 'quotes') {
      for (const q of record.quotes) {
        const speaker = record.entities.find((e) => e.id === q.speaker);
        yield csvRow([
          meta.id, meta.publisher, meta.published, meta.title, meta.url, q.id, speaker?.name ?? slice(q.source), q.speaker,
          corpusIdOf(item, q.speaker), q.direct, q.content.map(slice).join(' … '), slice(q.cue), slice(q.source),
          q.content[0].start, q.content[q.content.length - 1].end,
        ]);
      }
      continue;
    }
    for (const e of record.entities) {
      const corpusId = corpusIdOf(item, e.id);
      for (const m of e.mentions) {
        yield csvRow([meta.id, meta.publisher, meta.published, e.id, corpusId, e.type, e.name, slice(m), m.form, m.start, m.end]);
      }
    }
  }
}
