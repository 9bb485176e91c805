// Use case: extract a record from one HTML page. The page's article body becomes the record's
// `text` (every span refers to it); its metadata goes beside it (title, published, and `page`
// with authors, modified, canonical URL, site name and each field's choice). A `published` given by
// the user overrides the page's; the page's own date resolves relative dates otherwise.
import type { StoryRecord } from '../core/record.js';
import { normalizeDate, readPage } from '../stages/page/read-page.js';
import type { Source } from '../core/records/page.js';
import { extractArticle } from './extract.js';

export interface HtmlInput {
  id: string;
  html: string;
  /** Where the page was fetched from: base URL, a date source, and the record's `url` fallback. */
  url?: string | null;
  /**
   * User override for the publication date: ISO 8601, or any form a page or feed writes dates in
   * ("Tue, 19 Nov 2019 10:00:00 GMT"); one that is not a date is reported and the page's date used.
   */
  published?: string | null;
  /** Defaults to `{ kind: 'url', location: url }` with a URL, else `{ kind: 'html', location: null }`. */
  source?: Source | null;
}

export function extractHtmlArticle(input: HtmlInput, warnings: string[] = []): StoryRecord {
  const url = input.url ?? null;
  const article = readPage(input.html, url);
  const notes = [...warnings, ...article.warnings];
  const given = input.published == null ? null : normalizeDate(input.published);
  if (input.published != null && given == null) {
    notes.push(`${input.id}: published ${JSON.stringify(input.published)} is not a date; the page's own date is used`);
  }
  const published = given ?? article.published;
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
    notes,
  );
}
