// Candidates from the page's own markup: <time datetime> (pubdate, or an "updated" class nearby),
// schema.org microdata (itemprop=datePublished / dateModified / author / headline), the <h1> and
// <title>. Visible bylines and dates written as text are in visible-text-candidates.ts.
import { candidate, type Candidate } from './candidate.js';

const UPDATED = /updat|modif|edited|revis/i;

function attr(el: Element, ...names: string[]): string | null {
  for (const n of names) {
    const v = el.getAttribute(n);
    if (v) return v;
  }
  return null;
}

/** Class and id of an element and its two nearest ancestors: where a date sits tells what it is. */
function context(el: Element): string {
  let s = '';
  for (let e: Element | null = el, i = 0; e && i < 3; e = e.parentElement, i++) s += ` ${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`;
  return s;
}

export function markupCandidates(document: Document): Candidate[] {
  const out: (Candidate | null)[] = [];
  let times = 0;
  for (const time of document.querySelectorAll('time')) {
    const value = attr(time, 'datetime', 'content');
    if (!value || times++ >= 10) continue;
    const prop = (time.getAttribute('itemprop') ?? '').toLowerCase();
    if (prop === 'datepublished' || prop === 'datemodified') continue; // microdata below
    const updated = UPDATED.test(context(time)) || UPDATED.test(time.textContent ?? '');
    const pubdate = time.hasAttribute('pubdate');
    // Earlier <time> elements are likelier the article's own date than a related story's.
    const rank = Math.max(0, 0.1 - times * 0.02);
    out.push(candidate(updated ? 'modified' : 'published', value, pubdate ? 'time:pubdate' : 'time:datetime', (pubdate ? 0.75 : 0.55) + rank));
  }
  for (const el of document.querySelectorAll('[itemprop]')) {
    const prop = (el.getAttribute('itemprop') ?? '').toLowerCase();
    if (el.tagName === 'META') continue; // <meta itemprop> is read with the other meta tags
    if (prop === 'datepublished') out.push(candidate('published', attr(el, 'datetime', 'content') ?? el.textContent, 'microdata:datePublished', 0.85));
    else if (prop === 'datemodified') out.push(candidate('modified', attr(el, 'datetime', 'content') ?? el.textContent, 'microdata:dateModified', 0.85));
    else if (prop === 'author' || prop === 'creator') {
      const name = el.querySelector('[itemprop="name"]');
      const value = name ? (attr(name, 'content') ?? name.textContent) : (attr(el, 'content') ?? el.textContent);
      if (value && value.length <= 120) out.push(candidate('authors', value, 'microdata:author', 0.8));
    } else if (prop === 'headline') out.push(candidate('title', attr(el, 'content') ?? el.textContent, 'microdata:headline', 0.8));
  }
  const h1s = document.querySelectorAll('h1');
  // One <h1> is the headline; several (logo, section, headline) make each one doubtful.
  if (h1s.length > 0) out.push(candidate('title', h1s[0].textContent, 'html:h1', h1s.length === 1 ? 0.75 : 0.55));
  out.push(candidate('title', document.querySelector('title')?.textContent, 'html:title', 0.5));
  return out.filter((c): c is Candidate => c !== null);
}
