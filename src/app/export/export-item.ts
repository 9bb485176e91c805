// What the exporters read: an article record, its metadata (JSONL extras such as publisher are kept
// there), and optionally the corpus entity id of each of its entities — either an array in the
// order of record.entities or a map from the record's entity id ("e3") to the corpus id.
import type { StoryRecord } from '../../core/record.js';

/** Known metadata fields; other fields (JSONL extras) pass through to jsonl as they are. No index
 * signature, so the store's article summaries (an interface) are accepted as they are. */
export interface ExportMeta {
  id?: string;
  publisher?: string | null;
  title?: string | null;
  url?: string | null;
  published?: string | null;
}

export interface ExportItem {
  record: StoryRecord;
  meta?: ExportMeta;
  entityIds?: (string | number | null)[] | Record<string, string | number | null>;
}

export const EXPORT_FORMATS = ['jsonl', 'csv', 'gkg', 'jsonld', 'brat'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The corpus id of a record entity, as a string, or null when the caller resolved none. */
export function corpusIdOf(item: ExportItem, entityId: string | null): string | null {
  if (!entityId || !item.entityIds) return null;
  const ids = item.entityIds;
  const value = Array.isArray(ids) ? ids[item.record.entities.findIndex((e) => e.id === entityId)] : ids[entityId];
  return value === undefined || value === null ? null : String(value);
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Metadata with the record's own fields as fallbacks. */
export function articleMeta(item: ExportItem): { id: string; publisher: string | null; title: string | null; url: string | null; published: string | null } {
  const m: ExportMeta = item.meta ?? {};
  return {
    id: item.record.id,
    publisher: str(m.publisher),
    title: str(m.title) ?? item.record.title,
    url: str(m.url) ?? item.record.url,
    published: str(m.published) ?? item.record.published,
  };
}
