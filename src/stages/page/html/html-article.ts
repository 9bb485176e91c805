// The article read from one HTML page: the body text (what every record span refers to) and the
// page's metadata, each field with the record of which candidate won and why.
import type { PageMetadata } from '../metadata/page-metadata.js';

/** The page's metadata (minus the declared language: `language` is the one chosen), and the body text. */
export interface HtmlArticle extends Omit<PageMetadata, 'declaredLanguage'> {
  text: string;
  /** ISO 639-1 (639-3 where there is no two-letter code). */
  language: string | null;
  warnings: string[];
}

export interface HtmlOptions {
  /** The page's address: base for relative links and a source of dates (/2025/08/14/). */
  url?: string | null;
}
