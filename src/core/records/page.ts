// Where an article came from and what its page said about itself: the source (file, URL, batch
// line, WARC record, feed item), and for web pages the metadata read beside the body text — with,
// for every field, which candidate won and why (source, score, reason), so a wrong date or author
// can be traced to the tag it came from.
import { z } from 'zod';

export const SOURCE_KINDS = ['text', 'html', 'url', 'jsonl', 'warc', 'feed'] as const;

export const SourceSchema = z.object({
  kind: z.enum(SOURCE_KINDS),
  /** File path, URL, or `FILE:LINE` / WARC record id; null for stdin. */
  location: z.string().nullable(),
});

export const FieldChoiceSchema = z.object({
  value: z.union([z.string(), z.array(z.string())]).nullable(),
  /** The winning candidate's source, e.g. `jsonld:NewsArticle.datePublished`, `meta:og:title`, `url-path`. */
  source: z.string().nullable(),
  score: z.number(),
  reason: z.string(),
  /** How many candidates the resolver saw. */
  candidates: z.number().int().nonnegative(),
});

export const PAGE_FIELDS = ['title', 'authors', 'published', 'modified', 'canonicalUrl', 'siteName', 'language'] as const;

export const PageFieldsSchema = z.object({
  title: FieldChoiceSchema,
  authors: FieldChoiceSchema,
  published: FieldChoiceSchema,
  modified: FieldChoiceSchema,
  canonicalUrl: FieldChoiceSchema,
  siteName: FieldChoiceSchema,
  language: FieldChoiceSchema,
});

export const PageSchema = z.object({
  authors: z.array(z.string()),
  /** ISO 8601, as the page states it (its own offset kept). */
  modified: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  siteName: z.string().nullable(),
  fields: PageFieldsSchema,
});

export type Source = z.infer<typeof SourceSchema>;
export type FieldChoice = z.infer<typeof FieldChoiceSchema>;
export type PageFields = z.infer<typeof PageFieldsSchema>;
export type PageInfo = z.infer<typeof PageSchema>;
