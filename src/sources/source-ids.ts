// Record ids for inputs: a file's name without any extension ("abc.html.gz" -> "abc"), and a short
// readable slug for a URL (host and path, with a hash when a query string makes pages differ).
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { hostName } from '../core/url-host.js';

export function idFromFileName(path: string): string {
  const name = basename(path);
  // A leading dot belongs to the name (".hidden.html" -> ".hidden"), not to an extension.
  const dot = name.indexOf('.', 1);
  return dot < 0 ? name : name.slice(0, dot);
}

export function idFromUrl(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return `url-${shortHash(href)}`;
  }
  const path = url.pathname.replace(/\.(s?html?|php|aspx?)$/i, '');
  let slug = `${hostName(href) ?? url.hostname}${path}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96);
  if (url.search) slug += `-${shortHash(url.search)}`;
  return slug || `url-${shortHash(href)}`;
}

export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}
