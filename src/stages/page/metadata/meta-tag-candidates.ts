// Candidates from <meta> and <link> tags: OpenGraph (og:*, article:*), Twitter cards, Parse.ly,
// Sailthru, Dublin Core (dc.*, dcterms.*), Highwire/Google Scholar (citation_*), plain name=author /
// date / pubdate, parsely-page JSON, <link rel=canonical>, <html lang> and Content-Language.
import { candidate, type Candidate, type MetaField } from './candidate.js';

/** Tag key (lower-cased name, property or itemprop) -> field and prior score. */
const META: Record<string, [MetaField, number]> = {
  'og:title': ['title', 0.85],
  'twitter:title': ['title', 0.7],
  'parsely-title': ['title', 0.8],
  'sailthru.title': ['title', 0.75],
  'dc.title': ['title', 0.7],
  'citation_title': ['title', 0.8],
  'headline': ['title', 0.8],
  'author': ['authors', 0.75],
  'article:author': ['authors', 0.7],
  'parsely-author': ['authors', 0.8],
  'sailthru.author': ['authors', 0.75],
  'dc.creator': ['authors', 0.7],
  'dcterms.creator': ['authors', 0.7],
  'citation_author': ['authors', 0.8],
  'byl': ['authors', 0.7],
  'article:published_time': ['published', 0.88],
  'article:published': ['published', 0.8],
  'og:published_time': ['published', 0.8],
  'datepublished': ['published', 0.85],
  'parsely-pub-date': ['published', 0.85],
  'sailthru.date': ['published', 0.75],
  'dc.date': ['published', 0.7],
  'dc.date.issued': ['published', 0.75],
  'dcterms.created': ['published', 0.7],
  'dcterms.issued': ['published', 0.75],
  'citation_publication_date': ['published', 0.8],
  'citation_date': ['published', 0.75],
  'pubdate': ['published', 0.75],
  'publishdate': ['published', 0.75],
  'publish-date': ['published', 0.75],
  'date': ['published', 0.65],
  'article.published': ['published', 0.75],
  'article:modified_time': ['modified', 0.88],
  'article:modified': ['modified', 0.8],
  'og:updated_time': ['modified', 0.75],
  'datemodified': ['modified', 0.85],
  'dcterms.modified': ['modified', 0.75],
  'lastmod': ['modified', 0.65],
  'last-modified': ['modified', 0.65],
  'og:url': ['canonicalUrl', 0.8],
  'twitter:url': ['canonicalUrl', 0.6],
  'og:site_name': ['siteName', 0.9],
  'application-name': ['siteName', 0.6],
  'og:locale': ['language', 0.5],
  'dc.language': ['language', 0.55],
  'language': ['language', 0.5],
  'content-language': ['language', 0.5],
};

const isUrl = (s: string) => /^https?:\/\//i.test(s);

export function metaTagCandidates(document: Document): Candidate[] {
  const out: (Candidate | null)[] = [];
  for (const meta of document.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv') ?? '').trim().toLowerCase();
    const content = meta.getAttribute('content');
    if (!content) continue;
    if (key === 'parsely-page') {
      out.push(...parselyPage(content));
      continue;
    }
    const entry = META[key];
    if (!entry) continue;
    const [field, score] = entry;
    // article:author is often a profile URL; a URL is not a name.
    if (field === 'authors' && isUrl(content)) continue;
    out.push(candidate(field, content, `meta:${key}`, score));
  }
  for (const link of document.querySelectorAll('link[rel~="canonical"]')) {
    out.push(candidate('canonicalUrl', link.getAttribute('href'), 'link:canonical', 0.9));
  }
  for (const link of document.querySelectorAll('a[rel~="author"], link[rel~="author"]')) {
    const name = link.tagName === 'A' ? link.textContent : null;
    if (name && !isUrl(name)) out.push(candidate('authors', name, 'rel:author', 0.6));
  }
  out.push(candidate('language', document.documentElement?.getAttribute('lang'), 'html:lang', 0.6));
  return out.filter((c): c is Candidate => c !== null);
}

function parselyPage(json: string): (Candidate | null)[] {
  try {
    const p = JSON.parse(json) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    return [
      candidate('title', str(p.title), 'meta:parsely-page.title', 0.8),
      candidate('published', str(p.pub_date), 'meta:parsely-page.pub_date', 0.85),
      ...[p.authors ?? p.author].flat().map((a) => candidate('authors', str(a), 'meta:parsely-page.authors', 0.8)),
    ];
  } catch {
    return [];
  }
}
