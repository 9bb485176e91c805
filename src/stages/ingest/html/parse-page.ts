// Parses an HTML page into a DOM with linkedom. linkedom only builds a tree: it never runs scripts,
// loads subresources or fetches anything, so a hostile page can do nothing here. linkedom is not an
// HTML5 tree builder, so the skeleton a browser would infer is repaired by hand: a fragment gets
// <html><body> around it, and content outside <body> (before it, after </body>) is moved inside.
import { parseHTML } from 'linkedom';
import { StorylineError } from '../../../core/errors.js';

/** Pages beyond this many UTF-16 units are refused: parsing them could take seconds and gigabytes. */
export const MAX_HTML_CHARS = 16 * 1024 * 1024;
/**
 * Pages whose elements nest deeper than this are refused: Readability's recursive passes overflow
 * the stack at about 20,000 levels and slow to seconds by 5,000, while real pages stay under 100.
 */
export const MAX_DEPTH = 1500;
// Elements that never hold others, or whose end tag may be left out (a browser closes them itself).
const NOT_NESTING = new Set('area base br col embed hr img input link meta source track wbr param keygen p li dt dd tr td th option thead tbody tfoot colgroup rp rt'.split(' '));
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

const HEAD_TAGS = new Set(['HEAD', 'TITLE', 'META', 'LINK', 'BASE', 'STYLE', 'SCRIPT', 'NOSCRIPT']);

export function parsePage(html: string, label = 'page'): Document {
  if (html.length > MAX_HTML_CHARS) {
    throw new StorylineError('E_PAGE_TOO_LARGE', `${label}: ${html.length} characters of HTML is over the ${MAX_HTML_CHARS} limit`);
  }
  const depth = nestingDepth(html);
  if (depth > MAX_DEPTH) {
    throw new StorylineError('E_PAGE_TOO_DEEP', `${label}: elements nest about ${depth} levels deep, over the ${MAX_DEPTH} limit`);
  }
  const hasRoot = /<html[\s>]/i.test(html);
  const { document } = parseHTML(hasRoot ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  repairSkeleton(document as unknown as Document);
  return document as unknown as Document;
}

function repairSkeleton(document: Document): void {
  const root = document.documentElement;
  if (!root) return;
  let body = root.querySelector(':scope > body') ?? null;
  if (!body) {
    body = document.createElement('body');
    root.appendChild(body);
  }
  const before: Node[] = [];
  let seenBody = false;
  for (const child of [...root.childNodes]) {
    if (child === body) {
      seenBody = true;
      continue;
    }
    if (child.nodeType === 1 && HEAD_TAGS.has((child as Element).tagName)) continue;
    if (child.nodeType !== 1 && child.nodeType !== 3) continue;
    if (child.nodeType === 3 && !(child.textContent ?? '').trim()) continue;
    // Content before <body> goes first, content after </body> last, as a browser would show it.
    if (seenBody) body.appendChild(child);
    else before.push(child);
  }
  const first = body.firstChild;
  for (const node of before) body.insertBefore(node, first);
}

/** Deepest element nesting, from the tags alone (a cheap scan before any tree is built). */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(TAG)) {
    if (m[3] || NOT_NESTING.has(m[2].toLowerCase())) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}
