// OPML subscription lists: every <outline> with an xmlUrl, at any depth (folders nest outlines),
// in document order, each URL once.
import { StorylineError } from '../../core/errors.js';
import type { OpmlFeed } from './feed-types.js';
import { absoluteUrl } from './absolute-url.js';
import { attr, child, list, parseXml } from './xml-tree.js';

export function parseOpml(xml: string, label: string): OpmlFeed[] {
  const doc = parseXml(xml.replace(/^\uFEFF/, ''), label);
  const body = child(child(doc, 'opml'), 'body');
  if (body === undefined) throw new StorylineError('E_FEED_PARSE', `${label}: not an OPML file (no <opml><body>)`);
  const out: OpmlFeed[] = [];
  const seen = new Set<string>();
  const walk = (outlines: unknown) => {
    for (const o of list(outlines)) {
      const url = absoluteUrl(attr(o, 'xmlUrl'), null);
      if (url && !seen.has(url)) {
        seen.add(url);
        out.push({ url, title: attr(o, 'title') ?? attr(o, 'text') });
      }
      walk(child(o, 'outline'));
    }
  };
  walk(child(body, 'outline'));
  return out;
}
