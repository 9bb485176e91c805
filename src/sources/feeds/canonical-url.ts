// The URL two feeds (or two polls) would give for the same article, for de-duplication: lower-case
// scheme and host, no "www.", no fragment, no default port, no trailing slash or index page, and no
// tracking parameters (utm_*, fbclid, gclid, ...); the remaining query parameters sorted.
import { hostName } from '../../core/url-host.js';

const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ref|ref_src|cmpid|ocid|smid|rss|feed)$/i;

export function canonicalUrl(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href.trim();
  }
  url.hash = '';
  url.hostname = hostName(url.href) ?? url.hostname;
  const params = [...url.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(params).toString();
  url.pathname = url.pathname.replace(/\/index\.(html?|php)$/i, '/').replace(/(.)\/+$/, '$1');
  // Same article over http and https: the scheme is not part of its identity.
  return url.href.replace(/^https?:\/\//, '//');
}
