// The one article type. Every way in (a file, stdin, a URL, a WARC record, a feed item, a JSONL line,
// an HTTP body, a queued job) becomes an ArticleSource, and one use case (app/intake.ts) turns it into
// a record; surfaces and workers only decide where it comes from and where the record goes.
import type { Source } from './records/page.js';

/** Extra scalar fields given with an article (a JSONL line's author, section, ...), kept as given. */
export type ArticleMeta = Record<string, string | number | boolean>;

export interface ArticleSource {
  /** What `content` holds: the article's plain text, or a whole HTML page that the page stage reads. */
  kind: 'text' | 'html';
  /** The record's id, and the store's key for the article across revisions. */
  id: string;
  content: string;
  /** Where the page lives (a fetched URL after redirects, a WARC target), when known. */
  url: string | null;
  /** The publication date given with the article (it wins over the page's own), or null. */
  published: string | null;
  /** A title given with the article (it wins over the page's own), or null. */
  title: string | null;
  /** The publisher given with the article, or null (then the page's site name, else the URL's host). */
  publisher: string | null;
  /** What kind of input it was and where (the record's `source`); null where the input does not say. */
  source: Source | null;
  meta: ArticleMeta;
  /** Where it came from, for messages: a path, "crawl.warc.gz#12", "batch.jsonl:7", a URL. */
  location: string;
  /** Repairs made while reading it (charset, invalid UTF-8), passed on to the record. */
  warnings: string[];
}

export type ArticleSourceInit = Partial<Omit<ArticleSource, 'kind' | 'content' | 'id'>> & { id: string } & ({ text: string } | { html: string });

/** An ArticleSource from the fields a caller has: `text` or `html`, the rest defaulting to unknown. */
export function articleSource(init: ArticleSourceInit): ArticleSource {
  const html = 'html' in init;
  return {
    kind: html ? 'html' : 'text',
    id: init.id,
    content: html ? init.html : init.text,
    url: init.url ?? null,
    published: init.published ?? null,
    title: init.title ?? null,
    publisher: init.publisher ?? null,
    source: init.source ?? null,
    meta: init.meta ?? {},
    location: init.location ?? init.source?.location ?? init.url ?? init.id,
    warnings: init.warnings ?? [],
  };
}
