// Canonical URLs for de-duplication: the same article behind tracking parameters, "www.", a
// fragment, a trailing slash or the other scheme is one URL; different articles stay different.
import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/sources/feeds/canonical-url.js';
import { backoffMs } from '../../src/sources/feeds/feed-backoff.js';

describe('canonicalUrl', () => {
  it.each([
    ['https://www.Example.com/news/story/?utm_source=rss&utm_medium=feed#comments', 'https://example.com/news/story'],
    ['http://example.com/news/story?fbclid=abc', 'https://example.com/news/story'],
    ['https://example.com/a?b=2&a=1&gclid=x', 'https://example.com/a?a=1&b=2'],
    ['https://example.com/news/index.html', 'https://example.com/news/'],
  ])('%s is the same article as %s', (a, b) => expect(canonicalUrl(a)).toBe(canonicalUrl(b)));

  it.each([
    ['https://example.com/story?id=1', 'https://example.com/story?id=2'],
    ['https://example.com/a', 'https://example.org/a'],
    ['https://example.com/a', 'https://example.com/A'],
  ])('%s is not %s', (a, b) => expect(canonicalUrl(a)).not.toBe(canonicalUrl(b)));
});

describe('backoffMs', () => {
  it('doubles from 10 minutes per failure and stops at a day', () => {
    expect([0, 1, 2, 3].map(backoffMs)).toEqual([0, 600_000, 1_200_000, 2_400_000]);
    expect(backoffMs(9)).toBe(24 * 60 * 60 * 1000);
    expect(backoffMs(1000)).toBe(24 * 60 * 60 * 1000);
  });
});
