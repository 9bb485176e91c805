// Title resolver: the headline, without the " | Site Name" or " - Site" tail that <title> and
// og:title often carry. Candidates agree when they are equal after that tail is removed.
import { cleanSpace, type Candidate, type FieldChoice } from './candidate.js';
import { noChoice, pickBest } from './pick-best.js';

const SEPARATOR = /\s+[|\-–—:·•»]\s+/;

/** Drops a trailing (or leading) site-name segment: the site's name, or a short segment after a separator. */
export function stripSiteName(whole: string, siteName: string | null): string {
  const site = siteName?.toLowerCase();
  const title = site ? withoutSiteTails(whole, site) : whole;
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1];
  const first = parts[0];
  if (site && first.toLowerCase().includes(site)) return title.slice(title.indexOf(first) + first.length).replace(new RegExp(`^${SEPARATOR.source}`), '');
  const rest = parts.slice(0, -1).join(' ');
  // Without a known site name, cut a short tail only when the headline left is clearly longer.
  if (last.split(/\s+/).length <= 4 && rest.split(/\s+/).length >= 4) return title.slice(0, title.lastIndexOf(last)).replace(new RegExp(`${SEPARATOR.source}$`), '');
  return title;
}

/** Cuts every trailing segment that names the site ("A | Site | Site.com" -> "A"), in one pass over the separators. */
function withoutSiteTails(title: string, site: string): string {
  const seps = [...title.matchAll(new RegExp(SEPARATOR.source, 'g'))];
  let end = title.length;
  for (let k = seps.length - 1; k >= 0; k--) {
    const sep = seps[k];
    if (!title.slice(sep.index + sep[0].length, end).toLowerCase().includes(site)) break;
    end = sep.index;
  }
  return title.slice(0, end);
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
