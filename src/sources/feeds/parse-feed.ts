// Reads a feed document of any supported kind: JSON Feed when it starts with "{", otherwise XML whose
// root says which: <rss> (RSS 2.0), <rdf:RDF> (RSS 1.0), <feed> (Atom). Anything else is an
// E_FEED_PARSE error naming what was found, as is malformed XML or JSON.
import { StorylineError } from '../../core/errors.js';
import { parseAtom } from './atom-parser.js';
import type { Feed } from './feed-types.js';
import { parseJsonFeed } from './json-feed-parser.js';
import { parseRss } from './rss-parser.js';
import { parseXml, type XmlNode } from './xml-tree.js';

/** Items past this many in one document are dropped (a feed is a window, not an archive). */
export const MAX_FEED_ITEMS = 1000;

export function parseFeed(source: string, feedUrl: string | null, label = feedUrl ?? 'feed'): Feed {
  const trimmed = source.replace(/^\uFEFF/, '').trimStart();
  if (trimmed === '') throw new StorylineError('E_FEED_PARSE', `${label}: empty document`);
  const feed = trimmed.startsWith('{') ? parseJsonFeed(trimmed, feedUrl, label) : parseXmlFeed(trimmed, feedUrl, label);
  feed.items = feed.items.slice(0, MAX_FEED_ITEMS);
  return feed;
}

function parseXmlFeed(xml: string, feedUrl: string | null, label: string): Feed {
  // An HTML page is rarely well-formed XML; say what it is rather than where its XML breaks.
  if (/^(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(xml)) {
    throw new StorylineError('E_FEED_PARSE', `${label}: this is a web page, not a feed (look for its RSS or Atom link)`);
  }
  const doc = parseXml(xml, label);
  const rootName = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#') && !k.startsWith('!'));
  const root = (rootName ? doc[rootName] : null) as XmlNode | null;
  if (rootName === 'rss' && root) return parseRss(root, feedUrl, 'rss');
  if (rootName === 'RDF' && root) return parseRss(root, feedUrl, 'rdf');
  if (rootName === 'feed' && root) return parseAtom(root, feedUrl, xml);
  throw new StorylineError('E_FEED_PARSE', `${label}: not an RSS, Atom or JSON feed (root element <${rootName ?? 'none'}>)`);
}
