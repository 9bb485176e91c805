// Parses an HTML page into a DOM with linkedom. linkedom only builds a tree: it never runs scripts,
// loads subresources or fetches anything, so a hostile page can do nothing here. linkedom is not an
// HTML5 tree builder, so the skeleton a browser would infer is repaired by hand: a fragment gets
// <html><body> around it, and content outside <body> (before it, after </body>) is moved inside.
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { StorylineError } from '../../../core/errors.js';

/** Pages beyond this many UTF-16 units are refused: parsing them could take seconds and gigabytes. */
export const MAX_HTML_CHARS = 16 * 1024 * 1024;
/**
 * Pages whose elements nest deeper than this are refused. Readability's passes cost about depth² on
 * this machine: 300 levels 0.9 s, 500 2.7 s, 800 7 s (and 20,000 overflow the stack); the 83 real
 * pages of the article-extraction benchmark nest at most 51 deep (median 17).
 */
export const MAX_DEPTH = 400;

// The options linkedom gives htmlparser2 for HTML (linkedom/esm/shared/parse-from-string.js).
const LINKEDOM_HTML = { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false } as const;

const HEAD_TAGS = new Set(['HEAD', 'TITLE', 'META', 'LINK', 'BASE', 'STYLE', 'SCRIPT', 'NOSCRIPT']);

export function parsePage(html: string, label = 'page'): Document {
  if (html.length > MAX_HTML_CHARS) {
    throw new StorylineError('E_PAGE_TOO_LARGE', `${label}: ${html.length} characters of HTML is over the ${MAX_HTML_CHARS} limit`);
  }
  const hasRoot = /<html[\s>]/i.test(html);
  const page = hasRoot ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  if (nestingDepth(page) > MAX_DEPTH) {
    throw new StorylineError('E_PAGE_TOO_DEEP', `${label}: elements nest more than ${MAX_DEPTH} levels deep (the limit)`);
  }
  const { document } = parseHTML(page);
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

class TooDeep extends Error {}

/**
 * Deepest element nesting as linkedom will build it, capped at `limit + 1`. linkedom makes its tree
 * from htmlparser2's open and close events, so the same tokenizer counts them here: `<div/>` opens a
 * div, `<thead>` and `<colgroup>` nest, a `<p>` or `<li>` is closed by the next one, void elements
 * close at once. (A regex scan of the tags disagreed on all of these: 30 KB of `<div/>` passed it and
 * ran for minutes.) The scan stops once past the limit, before htmlparser2's own cost grows with depth.
 */
export function nestingDepth(html: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let max = 0;
  const parser = new Parser(
    {
      onopentag() {
        if (++depth > max) max = depth;
        if (max > limit) throw new TooDeep();
      },
      onclosetag() {
        depth--;
      },
    },
    LINKEDOM_HTML,
  );
  try {
    parser.end(html);
  } catch (err) {
    if (!(err instanceof TooDeep)) throw err;
  }
  return max;
}
