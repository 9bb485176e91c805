// Use case: extract a record from one HTML page. The page's article body becomes the record's
// `text` (every span refers to it); its metadata goes beside it (title, published, and `page`
// with authors, modified, canonical URL, site name and each field's choice). A `published` given by
// the user overrides the page's; the page's own date resolves relative dates otherwise.
import type { StoryRecord } from '../core/record.js';
import { articleFromHtml } from '../stages/ingest/html/article-from-html.js';
import type { Source } from '../core/records/page.js';
import { extractArticle } from './extract.js';

export interface HtmlInput {
  id: string;
  html: string;
  /** Where the page was fetched from: base URL, a date source, and the record's `url` fallback. */
  url?: string | null;
  /** User override for the publication date (YYYY-MM-DD...). */
  published?: string | null;
  /** Defaults to `{ kind: 'url', location: url }` with a URL, else `{ kind: 'html', location: null }`. */
  source?: Source | null;
}

export function extractHtmlArticle(input: HtmlInput, warnings: string[] = []): StoryRecord {
  const url = input.url ?? null;
  const article = articleFromHtml(input.html, { url });
  const published = input.published ?? article.published;
  return extractArticle(
    {
      id: input.id,
      text: article.text,
      published,
      title: article.title,
      url: article.canonicalUrl ?? url,
      source: input.source ?? (url ? { kind: 'url', location: url } : { kind: 'html', location: null }),
      language: article.language,
      page: {
        authors: article.authors,
        modified: article.modified,
        canonicalUrl: article.canonicalUrl,
        siteName: article.siteName,
        fields: article.fields,
      },
    },
    [...warnings, ...article.warnings],
  );
}
