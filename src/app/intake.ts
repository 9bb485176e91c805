// The one door in: any ArticleSource (core/article-source.ts) -> its record. An HTML page goes through
// the page stage (app/extract-html.ts: body text, page metadata, language), plain text straight to
// the pipeline (app/extract.ts). What the source gives wins over what the page says: its title and
// its publication date (a text's must begin YYYY-MM-DD; a page's may be in any form pages and feeds
// write dates in, else the page's own date is used, with a warning). CLI extract and ingest, HTTP
// /extract, the thread pool (app/parallel) and the queue worker all come through here.
import type { ArticleSource } from '../core/article-source.js';
import { StorylineError } from '../core/errors.js';
import type { StoryRecord } from '../core/record.js';
import { extractArticle } from './extract.js';
import { extractHtmlArticle } from './extract-html.js';

export function extractSource(a: ArticleSource): StoryRecord {
  if (a.kind === 'html') {
    const record = extractHtmlArticle({ id: a.id, html: a.content, url: a.url, published: a.published, source: a.source }, a.warnings);
    return a.title ? { ...record, title: a.title } : record;
  }
  return extractArticle({ id: a.id, text: a.content, published: a.published, title: a.title, url: a.url, source: a.source }, a.warnings);
}

/** A `--published` option: YYYY-MM-DD or absent. The one check every command that takes it makes. */
export function parsePublished(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new StorylineError('E_BAD_OPTION', `--published must be YYYY-MM-DD, not "${value}"`);
  }
  return value;
}
