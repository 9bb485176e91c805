// RSS 2.0 (<rss><channel><item>) and RSS 1.0 / RDF (<rdf:RDF><item> beside <channel>). Handles
// guid with isPermaLink, content:encoded, dc:date beside pubDate, and relative links.
import { absoluteUrl } from './absolute-url.js';
import { feedDate } from './feed-dates.js';
import type { Feed, FeedItem } from './feed-types.js';
import { attr, child, list, text, type XmlNode } from './xml-tree.js';

export function parseRss(root: XmlNode, feedUrl: string | null, format: 'rss' | 'rdf'): Feed {
  const channel = child(root, 'channel');
  // In RSS 2.0 items live in the channel; in RSS 1.0 they are the channel's siblings.
  const items = format === 'rss' ? list(child(channel, 'item')) : list(child(root, 'item'));
  const link = absoluteUrl(text(child(channel, 'link')), feedUrl);
  return {
    format,
    title: text(child(channel, 'title')),
    link,
    items: items.map((item) => rssItem(item, link ?? feedUrl)),
  };
}

function rssItem(item: unknown, base: string | null): FeedItem {
  const guidNode = child(item, 'guid');
  const guid = text(guidNode);
  const permalink = guid && attr(guidNode, 'isPermaLink') !== 'false' ? absoluteUrl(guid, base) : null;
  const url = absoluteUrl(text(child(item, 'link')), base) ?? permalink ?? absoluteUrl(attr(item, 'about'), base);
  return {
    guid: guid ?? url ?? text(child(item, 'title')) ?? '',
    url,
    title: text(child(item, 'title')),
    published: feedDate(text(child(item, 'pubDate')) ?? text(child(item, 'date'))),
    content: text(child(item, 'encoded')),
    summary: text(child(item, 'description')),
  };
}
