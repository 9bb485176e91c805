// Candidates from what a reader sees: a byline ("By Jane Doe and John Roe", an element whose class
// says byline/author), a date line ("Published August 14, 2025", "Updated 3:05 PM EDT, Thu Aug 14,
// 2025", an element whose class says date/time). Weaker than markup: used when nothing else is there.
import { candidate, cleanSpace, type Candidate } from './candidate.js';

const BYLINE_CLASS = /byline|author|writer|contributor|reporter/i;
const DATE_CLASS = /date|time|publish|posted|dateline|timestamp/i;
const BY_TEXT = /^\s*(?:written\s+)?by[\s:]+(\p{Lu}.{1,100})$/iu;
const DATE_LINE = /^\s*(published|posted|updated|last updated|modified|first published)(?:\s+on)?\s*:?\s*(.{6,80})$/i;
const MAX_ELEMENTS = 5000;

const classOf = (el: Element) => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

export function visibleTextCandidates(document: Document): Candidate[] {
  const out: (Candidate | null)[] = [];
  const root = document.body ?? document.documentElement;
  if (!root) return [];
  let seen = 0;
  for (const el of root.querySelectorAll('*')) {
    if (++seen > MAX_ELEMENTS) break;
    if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName)) continue;
    const raw = el.textContent ?? '';
    if (raw.length > 200) continue;
    const text = cleanSpace(raw);
    if (text === '') continue;
    const cls = classOf(el);
    const by = BY_TEXT.exec(text);
    if (by && text.length <= 120 && el.children.length <= 4) out.push(candidate('authors', by[1], 'text:by-line', 0.55));
    else if (BYLINE_CLASS.test(cls) && text.length <= 100 && !/\d{3,}/.test(text)) out.push(candidate('authors', text, 'text:byline-class', 0.45));
    const line = DATE_LINE.exec(text);
    if (line) {
      const field = /updated|modified/i.test(line[1]) && !/first/i.test(line[1]) ? 'modified' : 'published';
      out.push(candidate(field, line[2], `text:${line[1].toLowerCase().replace(/\s+/g, '-')}`, 0.5));
    } else if (DATE_CLASS.test(cls) && text.length <= 80 && el.children.length <= 3 && /\d/.test(text)) {
      out.push(candidate('published', text, 'text:date-class', 0.4));
    }
  }
  return out.filter((c): c is Candidate => c !== null);
}
