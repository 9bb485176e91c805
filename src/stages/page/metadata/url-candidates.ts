// Candidates from the page URL: a date in the path (/2025/08/14/, /2025-08-14/, /20250814/) and the host as a last-resort site name.
import { hostName } from '../../../core/url-host.js';
import { candidate, type Candidate } from './candidate.js';

const YMD = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:\/|[-_]|$)/;
const COMPACT = /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\/|[-_.]|$)/;

const pad = (s: string) => s.padStart(2, '0');

export function urlCandidates(url: string | null | undefined): Candidate[] {
  if (!url) return [];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const out: (Candidate | null)[] = [];
  const path = parsed.pathname;
  const m = YMD.exec(path) ?? COMPACT.exec(path);
  if (m) out.push(candidate('published', `${m[1]}-${pad(m[2])}-${pad(m[3])}`, 'url-path', 0.45));
  out.push(candidate('siteName', hostName(url), 'url-host', 0.2));
  out.push(candidate('canonicalUrl', url, 'input-url', 0.4));
  return out.filter((c): c is Candidate => c !== null);
}
