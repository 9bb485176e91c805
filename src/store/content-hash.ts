// The content hash that decides whether an input is an unchanged article (skip) or a new revision:
// everything extraction reads (text, title, publication date, url), so a changed title is a revision
// but re-reading the same bytes is not.
import { createHash } from 'node:crypto';

export interface HashedFields {
  text: string;
  title?: string | null;
  published?: string | null;
  url?: string | null;
}

export function contentHash(a: HashedFields): string {
  return createHash('sha256')
    .update(JSON.stringify([a.text, a.title ?? null, a.published ?? null, a.url ?? null]))
    .digest('hex');
}
