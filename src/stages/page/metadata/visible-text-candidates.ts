// Candidates from what a reader sees: a byline ("By Jane Doe and John Roe", an element whose class
// says byline/author), a date line ("Published August 14, 2025", "Updated 3:05 PM EDT, Thu Aug 14,
// 2025", an element whose class says date/time). Weaker than markup: used when nothing else is there.
import { candidate, cleanSpace, type Candidate } from './candidate.js';

const BYLINE_CLASS = /byline|author|writer|contributor|reporter/i;
const DATE_CLASS = /date|time|publish|posted|dateline|timestamp/i;
const BY_TEXT = /^\s*(?:written\s+)?by[\s:]+(\p{Lu}.{1,100})$/iu;
const DATE_LINE = /^\s*(published|posted|updated|last updated|modified|first published)(?:\s+on)?\s*:?\s*(.{6,80})$/i;
const MAX_ELEMENTS = 5000;
/** Weak sources stop after this many candidates: the article's own stamp comes early in the page. */
const MAX_PER_SOURCE = 12;
const MAX_TEXT = 200;

const classOf = (el: Element) => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

export function visibleTextCandidates(document: Document): Candidate[] {
  const out: Candidate[] = [];
  const root = document.body ?? document.documentElement;
  if (!root) return [];
  const perSource = new Map<string, number>();
  const add = (c: Candidate | null) => {
    if (!c) return;
    const n = perSource.get(c.source) ?? 0;
    if (n >= MAX_PER_SOURCE) return;
    perSource.set(c.source, n + 1);
    out.push(c);
  };
  const lengths = textLengths(root);
  let seen = 0;
  for (const el of root.querySelectorAll('*')) {
    if (++seen > MAX_ELEMENTS) break;
    if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName)) continue;
    // Only short elements are read: textContent of every container would be quadratic in page size.
    if ((lengths.get(el) ?? MAX_TEXT + 1) > MAX_TEXT) continue;
    const text = cleanSpace(el.textContent ?? '');
    if (text === '') continue;
    const cls = classOf(el);
    const by = BY_TEXT.exec(text);
    if (by && text.length <= 120 && el.children.length <= 4) add(candidate('authors', by[1], 'text:by-line', 0.55));
    else if (BYLINE_CLASS.test(cls) && text.length <= 100 && !/\d{3,}/.test(text)) add(candidate('authors', text, 'text:byline-class', 0.45));
    const line = DATE_LINE.exec(text);
    if (line) {
      const field = /updated|modified/i.test(line[1]) && !/first/i.test(line[1]) ? 'modified' : 'published';
      add(candidate(field, line[2], `text:${line[1].toLowerCase().replace(/\s+/g, '-')}`, 0.5));
    } else if (DATE_CLASS.test(cls) && text.length <= 80 && el.children.length <= 3 && /\d/.test(text)) {
      add(candidate('published', text, 'text:date-class', 0.4));
    }
  }
  return out;
}

/** Raw text length of every element under root, in one post-order pass (no recursion). */
function textLengths(root: Element): Map<Element, number> {
  const lengths = new Map<Element, number>();
  const stack: { el: Element; done: boolean }[] = [{ el: root, done: false }];
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (!top.done) {
      stack.push({ el: top.el, done: true });
      for (const child of top.el.children) stack.push({ el: child, done: false });
      continue;
    }
    let n = 0;
    for (const node of top.el.childNodes) n += node.nodeType === 3 ? (node.textContent ?? '').length : (lengths.get(node as Element) ?? 0);
    lengths.set(top.el, n);
  }
  return lengths;
}
