// Candidates from JSON-LD (<script type="application/ld+json">): NewsArticle and its kin, inside
// arrays and @graph containers; authors as strings, Person objects or arrays of either; publisher
// name; inLanguage; url / mainEntityOfPage. Broken JSON is skipped (pages often ship it).
import { candidate, type Candidate } from './candidate.js';

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle)$/;
const PAGE_TYPES = /^(WebPage|ItemPage|CollectionPage)$/;

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every object in the JSON-LD tree that carries an @type (arrays and @graph flattened). */
function typedObjects(value: unknown, out: Json[] = [], depth = 0): Json[] {
  if (depth > 6) return out;
  if (Array.isArray(value)) for (const v of value) typedObjects(v, out, depth + 1);
  else if (isObj(value)) {
    if (value['@type'] != null) out.push(value);
    if (value['@graph'] != null) typedObjects(value['@graph'], out, depth + 1);
  }
  return out;
}

const types = (o: Json): string[] => [o['@type']].flat().filter((t): t is string => typeof t === 'string');

function text(value: unknown): string | null {
  // A loop with a few steps, not recursion: JSON.parse takes {"name":{"name":...}} 200,000 deep.
  let v = value;
  for (let step = 0; step < 8; step++) {
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
    if (isObj(v)) v = v['@value'] ?? v.name ?? v['@id'] ?? v.url;
    else if (Array.isArray(v) && v.length > 0) v = v[0];
    else return null;
  }
  return null;
}

/** Names in a value, a list of values, or a list of lists (never deeper: the input sets the nesting). */
function names(v: unknown, depth = 0): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return depth < 2 ? v.flatMap((x) => names(x, depth + 1)) : [];
  if (isObj(v)) return typeof v.name === 'string' ? [v.name] : [];
  return [];
}

export function parseJsonLdBlocks(document: Document): unknown[] {
  const blocks: unknown[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = (script.textContent ?? '').trim().replace(/^<!\[CDATA\[|\]\]>$/g, '');
    try {
      blocks.push(JSON.parse(raw));
    } catch {
      // Invalid JSON-LD is common (trailing commas, raw newlines); the other sources still count.
    }
  }
  return blocks;
}

export function jsonLdCandidates(blocks: unknown[]): Candidate[] {
  const out: (Candidate | null)[] = [];
  for (const o of typedObjects(blocks)) {
    const t = types(o);
    const article = t.find((x) => ARTICLE_TYPES.test(x));
    const page = t.find((x) => PAGE_TYPES.test(x));
    const kind = article ?? page;
    if (!kind) continue;
    // A WebPage's fields describe the page, not the story: trusted less than an Article's.
    const w = article ? 1 : 0.75;
    const src = (f: string) => `jsonld:${kind}.${f}`;
    out.push(candidate('title', text(o.headline), src('headline'), 0.9 * w));
    if (o.headline == null) out.push(candidate('title', text(o.name), src('name'), 0.8 * w));
    for (const n of names(o.author)) out.push(candidate('authors', n, src('author'), 0.9 * w));
    out.push(candidate('published', text(o.datePublished), src('datePublished'), 0.92 * w));
    if (o.datePublished == null) out.push(candidate('published', text(o.dateCreated), src('dateCreated'), 0.8 * w));
    out.push(candidate('modified', text(o.dateModified), src('dateModified'), 0.9 * w));
    out.push(candidate('canonicalUrl', text(o.mainEntityOfPage) ?? text(o.url), src('url'), 0.7 * w));
    out.push(candidate('siteName', names(o.publisher)[0], src('publisher'), 0.8 * w));
    out.push(candidate('language', text(o.inLanguage), src('inLanguage'), 0.6 * w));
  }
  return out.filter((c): c is Candidate => c !== null);
}
