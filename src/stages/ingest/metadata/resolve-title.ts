// Title resolver: the headline, without the " | Site Name" or " - Site" tail that <title> and
// og:title often carry. Candidates agree when they are equal after that tail is removed.
import { cleanSpace, type Candidate, type FieldChoice } from './candidate.js';
import { noChoice, pickBest } from './pick-best.js';

const SEPARATOR = /\s+[|\-–—:·•»]\s+/;

/** Drops a trailing (or leading) site-name segment: the site's name, or a short segment after a separator. */
export function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const site = siteName?.toLowerCase();
  const last = parts[parts.length - 1];
  const first = parts[0];
  if (site && last.toLowerCase().includes(site)) return stripSiteName(title.slice(0, title.lastIndexOf(last)).replace(new RegExp(`${SEPARATOR.source}$`), ''), siteName);
  if (site && first.toLowerCase().includes(site)) return title.slice(title.indexOf(first) + first.length).replace(new RegExp(`^${SEPARATOR.source}`), '');
  const rest = parts.slice(0, -1).join(' ');
  // Without a known site name, cut a short tail only when the headline left is clearly longer.
  if (last.split(/\s+/).length <= 4 && rest.split(/\s+/).length >= 4) return title.slice(0, title.lastIndexOf(last)).replace(new RegExp(`${SEPARATOR.source}$`), '');
  return title;
}

export function resolveTitle(candidates: Candidate[], siteName: string | null): { value: string | null; choice: FieldChoice } {
  const picked = pickBest(candidates, (c) => {
    const value = cleanSpace(stripSiteName(c.value, siteName));
    if (value.length < 3 || value.length > 400) return null;
    return { value, key: value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim() };
  });
  if (!picked) return { value: null, choice: noChoice(candidates) };
  return { value: picked.winner.value, choice: { ...picked.choice, value: picked.winner.value } };
}
