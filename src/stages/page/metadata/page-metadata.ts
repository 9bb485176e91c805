// Page metadata: collects candidates from every finder (JSON-LD, meta tags, markup, visible text,
// URL) and runs one resolver per field. Each field's choice (source, score, reason) is kept in
// `fields` so a wrong date or author can be traced to where it came from.
import type { PageFields } from '../../../core/records/page.js';
import type { Candidate, MetaField } from './candidate.js';
import { jsonLdCandidates, parseJsonLdBlocks } from './jsonld-candidates.js';
import { markupCandidates } from './markup-candidates.js';
import { metaTagCandidates } from './meta-tag-candidates.js';
import { resolveAuthors } from './resolve-authors.js';
import { resolveDate } from './resolve-date.js';
import { resolveCanonicalUrl, resolveDeclaredLanguage, resolveSiteName } from './resolve-page-fields.js';
import { resolveTitle } from './resolve-title.js';
import { urlCandidates } from './url-candidates.js';
import { visibleTextCandidates } from './visible-text-candidates.js';

export type { PageFields };

export interface PageMetadata {
  title: string | null;
  authors: string[];
  published: string | null;
  modified: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  /** The language the page declares (html lang, og:locale, JSON-LD); detection is separate. */
  declaredLanguage: string | null;
  fields: PageFields;
}

/** Reads the metadata of a parsed page. Call before any cleaning: cleaning removes bylines and dates. */
export function pageMetadata(document: Document, url: string | null): PageMetadata {
  const all: Candidate[] = [
    ...jsonLdCandidates(parseJsonLdBlocks(document)),
    ...metaTagCandidates(document),
    ...markupCandidates(document),
    ...visibleTextCandidates(document),
    ...urlCandidates(url),
  ];
  const of = (field: MetaField) => all.filter((c) => c.field === field);
  const siteName = resolveSiteName(of('siteName'));
  const title = resolveTitle(of('title'), siteName.value);
  const authors = resolveAuthors(of('authors'));
  const published = resolveDate(of('published'));
  const modified = resolveDate(of('modified'));
  const canonicalUrl = resolveCanonicalUrl(of('canonicalUrl'), url);
  const language = resolveDeclaredLanguage(of('language'));
  return {
    title: title.value,
    authors: authors.value,
    published: published.value,
    modified: modified.value,
    canonicalUrl: canonicalUrl.value,
    siteName: siteName.value,
    declaredLanguage: language.value,
    fields: {
      title: title.choice,
      authors: authors.choice,
      published: published.choice,
      modified: modified.choice,
      canonicalUrl: canonicalUrl.choice,
      siteName: siteName.choice,
      language: language.choice,
    },
  };
}
