// Texts a page shows outside its story that templates repeat inside the article container: the summary
// it gives as its description (the dek, "standfirst"), the alternative text of its images (a caption
// printed again as a line of text), its <h1> headline (Readability renames the h1 it keeps to h2, so
// the title check alone misses a headline worded unlike <title>), and the descriptions its JSON-LD gives
// of people and organisations (an author's bio box). Read from the untouched page (the pre-cleaner
// removes <meta> and scripts), compared after normalising case, punctuation and spaces. Many sites use
// the story's first paragraph as the description: that lede sits with the paragraphs after it, while a
// dek stands alone above them (measured on the benchmark's dev pages: 6 deks, 11 ledes).
import { parseJsonLdBlocks } from '../metadata/jsonld-candidates.js';

const DESCRIPTIONS = 'meta[name="description"], meta[property="og:description"], meta[name="twitter:description"]';
const IMAGE_ALTS = 'meta[property="og:image:alt"], meta[name="twitter:image:alt"]';
/** Shorter texts are labels ("Photo", "Logo") that a story line may equal by chance. */
const MIN_WORDS = 5;
/** JSON-LD nodes looked at, at most: a page's graph has tens; a hostile one is cut off. */
const MAX_NODES = 2_000;
const BIO_TYPES = new Set(['Person', 'Organization', 'NewsMediaOrganization', 'Corporation']);

export const echoKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export interface PageEchoes {
  /** The page's description(s): a block repeating one is the dek only when it opens the article alone. */
  descriptions: Set<string>;
  /** Image texts, headlines and bios: a block repeating one is furniture wherever it is. */
  elsewhere: Set<string>;
}

export function pageEchoes(document: Document): PageEchoes {
  const out: PageEchoes = { descriptions: new Set(), elsewhere: new Set() };
  const add = (set: Set<string>, text: unknown) => {
    const key = typeof text === 'string' ? echoKey(text) : '';
    if (key.split(' ').length >= MIN_WORDS) set.add(key);
  };
  for (const el of document.querySelectorAll(DESCRIPTIONS)) add(out.descriptions, el.getAttribute('content'));
  for (const el of document.querySelectorAll(IMAGE_ALTS)) add(out.elsewhere, el.getAttribute('content'));
  for (const el of document.querySelectorAll('img[alt]')) add(out.elsewhere, el.getAttribute('alt'));
  for (const el of document.querySelectorAll('h1')) add(out.elsewhere, el.textContent);
  for (const bio of jsonLdBios(parseJsonLdBlocks(document))) add(out.elsewhere, bio);
  return out;
}

/** Descriptions of Person and Organization nodes anywhere in the JSON-LD (a loop, not recursion: input depth is not ours). */
function jsonLdBios(blocks: unknown[]): string[] {
  const out: string[] = [];
  const stack: unknown[] = [...blocks];
  for (let seen = 0; stack.length > 0 && seen < MAX_NODES; seen++) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node.slice(0, MAX_NODES));
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      const types = ([] as unknown[]).concat(record['@type'] ?? []);
      if (types.some((t) => typeof t === 'string' && BIO_TYPES.has(t)) && typeof record.description === 'string') out.push(record.description);
      for (const value of Object.values(record)) if (value && typeof value === 'object') stack.push(value);
    }
  }
  return out;
}
