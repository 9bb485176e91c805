// A metadata candidate: one value for one field, found by one source on the page, with the prior
// score of that source. Candidate finders only collect; the per-field resolvers choose and record
// their choice as a FieldChoice (defined with the record, src/core/records/page.ts).
export type { FieldChoice } from '../../../core/records/page.js';
export type MetaField = 'title' | 'authors' | 'published' | 'modified' | 'canonicalUrl' | 'siteName' | 'language';

export interface Candidate {
  field: MetaField;
  /** Raw value as found (a date string, a name, a URL); resolvers normalise it. */
  value: string;
  /** Where it came from, e.g. `jsonld:NewsArticle.datePublished`, `meta:og:title`, `url-path`. */
  source: string;
  /** Prior trust in the source, 0..1. */
  score: number;
}

export const cleanSpace = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function candidate(field: MetaField, value: string | null | undefined, source: string, score: number): Candidate | null {
  if (value == null) return null;
  const v = cleanSpace(String(value));
  return v === '' ? null : { field, value: v, source, score };
}
