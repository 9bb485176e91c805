// Atom 1.0 (<feed><entry>): the alternate link (or the first link without a rel), published else
// updated, content and summary (text, html or xhtml), xml:base ignored in favour of the feed URL.
import { XMLParser } from 'fast-xml-parser';
import { absoluteUrl } from './absolute-url.js';
import { feedDate } from './feed-dates.js';
import type { Feed, FeedItem } from './feed-types.js';
import { attr, child, list, text, type XmlNode } from './xml-tree.js';

export function parseAtom(root: XmlNode, feedUrl: string | null, xml?: string): Feed {
  const link = alternate(child(root, 'link'), feedUrl);
  const raws = rawEntries(xml);
  return {
    format: 'atom',
    title: text(child(root, 'title')),
    link,
    items: list(child(root, 'entry')).map((entry, i) => atomEntry(entry, link ?? feedUrl, raws[i])),
  };
}

function alternate(links: unknown, base: string | null): string | null {
  const all = list(links);
  const pick = all.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? all[0];
  return absoluteUrl(attr(pick, 'href') ?? text(pick), base);
}

// type="xhtml" content is markup inside the XML; the object model loses the order of mixed content
// ("Inline <b>XHTML</b>"), so such documents are parsed a second time with content and summary kept
// as raw text, and that text is used for those entries.
const raw = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', removeNSPrefix: true, stopNodes: ['*.entry.content', '*.entry.summary'] });

function rawEntries(xml: string | undefined): unknown[] {
  if (!xml || !/type\s*=\s*["']xhtml["']/.test(xml)) return [];
  return list(child(child(raw.parse(xml), 'feed'), 'entry'));
}

function atomText(node: unknown, rawNode: unknown): string | null {
  if (attr(node, 'type') === 'xhtml' && rawNode !== undefined) return text(rawNode);
  return text(node);
}

function atomEntry(entry: unknown, base: string | null, rawEntry: unknown): FeedItem {
  const url = alternate(child(entry, 'link'), base);
  const id = text(child(entry, 'id'));
  return {
    guid: id ?? url ?? text(child(entry, 'title')) ?? '',
    url,
    title: text(child(entry, 'title')),
    published: feedDate(text(child(entry, 'published')) ?? text(child(entry, 'updated'))),
    content: atomText(child(entry, 'content'), child(rawEntry, 'content')),
    summary: atomText(child(entry, 'summary'), child(rawEntry, 'summary')),
  };
}
