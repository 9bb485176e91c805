// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1): items with url (else external_url),
// content_html / content_text, summary, date_published.
import { StorylineError } from '../../core/errors.js';
import { absoluteUrl } from './absolute-url.js';
import { feedDate } from './feed-dates.js';
import type { Feed, FeedItem } from './feed-types.js';

type Json = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : null);

export function parseJsonFeed(source: string, feedUrl: string | null, label: string): Feed {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (err) {
    throw new StorylineError('E_FEED_PARSE', `${label}: invalid JSON (${(err as Error).message})`);
  }
  const feed = value as Json;
  if (value === null || typeof value !== 'object' || !Array.isArray(feed.items) || !String(feed.version ?? '').includes('jsonfeed.org')) {
    throw new StorylineError('E_FEED_PARSE', `${label}: not a JSON Feed (needs "version": "https://jsonfeed.org/version/1.1" and an "items" array)`);
  }
  const link = absoluteUrl(str(feed.home_page_url), feedUrl);
  return {
    format: 'json',
    title: str(feed.title),
    link,
    items: (feed.items as unknown[]).filter((i): i is Json => i !== null && typeof i === 'object').map((i) => jsonItem(i, feedUrl)),
  };
}

function jsonItem(item: Json, base: string | null): FeedItem {
  const url = absoluteUrl(str(item.url), base) ?? absoluteUrl(str(item.external_url), base);
  return {
    guid: str(item.id) ?? url ?? str(item.title) ?? '',
    url,
    title: str(item.title),
    published: feedDate(str(item.date_published) ?? str(item.date_modified)),
    content: str(item.content_html) ?? str(item.content_text),
    summary: str(item.summary),
  };
}
