// Atom 1.0 (<feed><entry>): the alternate link (or the first link without a rel), published else
// updated, content and summary (text, html or xhtml), xml:base ignored in favour of the feed URL.
import { absoluteUrl } from './absolute-url.js';
import { feedDate } from './feed-dates.js';
import type { Feed, FeedItem } from './feed-types.js';
import { attr, child, list, text, type XmlNode } from './xml-tree.js';

export function parseAtom(root: XmlNode, feedUrl: string | null): Feed {
  const link = alternate(child(root, 'link'), feedUrl);
  return {
    format: 'atom',
    title: text(child(root, 'title')),
    link,
    items: list(child(root, 'entry')).map((entry) => atomEntry(entry, link ?? feedUrl)),
  };
}

function alternate(links: unknown, base: string | null): string | null {
  const all = list(links);
  const pick = all.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? all[0];
  return absoluteUrl(attr(pick, 'href') ?? text(pick), base);
}

function atomEntry(entry: unknown, base: string | null): FeedItem {
  const url = alternate(child(entry, 'link'), base);
  const id = text(child(entry, 'id'));
  return {
    guid: id ?? url ?? text(child(entry, 'title')) ?? '',
    url,
    title: text(child(entry, 'title')),
    published: feedDate(text(child(entry, 'published')) ?? text(child(entry, 'updated'))),
    content: text(child(entry, 'content')),
    summary: text(child(entry, 'summary')),
  };
}
