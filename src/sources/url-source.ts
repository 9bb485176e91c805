// Fetches one URL into a source item: HTML (or XHTML) pages and plain text; other media are refused.
// A page the site's robots.txt disallows for Storyline is not fetched (fetch/robots.ts).
import { StorylineError } from '../core/errors.js';
import { fetchUrl, parseUrl, type FetchOptions } from './fetch/fetch-url.js';
import { assertRobotsAllow } from './fetch/robots.js';
import { bytesToItem } from './file-source.js';
import { idFromUrl } from './source-ids.js';
import type { SourceItem } from './source-item.js';

export async function fetchItem(url: string, options: FetchOptions & { id?: string; published?: string | null }): Promise<SourceItem> {
  // A URL we would refuse (credentials, not http) is refused before robots.txt is asked for.
  parseUrl(url);
  if (!options.ignoreRobots) await assertRobotsAllow(url, options);
  const res = await fetchUrl(url, options);
  const mime = (res.contentType ?? 'text/html').split(';')[0].trim().toLowerCase();
  const kind = mime === 'text/plain' ? 'text' : /^(text\/html|application\/xhtml\+xml)$/.test(mime) ? 'html' : null;
  if (!kind) throw new StorylineError('E_FETCH_NOT_TEXT', `${res.url}: not a web page (Content-Type ${mime})`);
  return bytesToItem(res.body, {
    kind,
    from: 'url',
    id: options.id ?? idFromUrl(url),
    location: url,
    url: res.url,
    published: options.published ?? null,
    contentType: res.contentType,
  });
}
