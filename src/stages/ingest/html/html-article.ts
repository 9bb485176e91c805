// The article read from one HTML page: the body text (what every record span refers to) and the
// page's metadata, each field with the record of which candidate won and why.
import type { PageFields } from '../metadata/page-metadata.js';

export interface HtmlArticle {
  text: string;
  title: string | null;
  authors: string[];
  /** ISO 8601: `YYYY-MM-DD` or a full date-time with the page's own offset. */
  published: string | null;
  modified: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  /** ISO 639-1 (639-3 where there is no two-letter code). */
  language: string | null;
  fields: PageFields;
  warnings: string[];
}

export interface HtmlOptions {
  /** The page's address: base for relative links and a source of dates (/2025/08/14/). */
  url?: string | null;
}
