// A feed as Storyline sees it, whatever format it came in: a title, a home page, and items, each
// with the link to its article page and what the feed itself says about it.

export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json';

export interface FeedItem {
  /** The feed's own id for the item (RSS guid, Atom id, JSON Feed id), else its link. */
  guid: string;
  /** The article page, absolute. Null when the item has no link (it is then reported, not fetched). */
  url: string | null;
  title: string | null;
  /** ISO 8601 with the feed's offset, or null when the feed gives no usable date. */
  published: string | null;
  /** Full content (content:encoded, Atom content, JSON Feed content_html/text), HTML or text. */
  content: string | null;
  summary: string | null;
}

export interface Feed {
  format: FeedFormat;
  title: string | null;
  link: string | null;
  items: FeedItem[];
}

/** One feed subscription read from an OPML file. */
export interface OpmlFeed {
  url: string;
  title: string | null;
}
