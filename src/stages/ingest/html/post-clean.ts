// Post-cleaner, run on Readability's article element: removes what Readability keeps but a reader
// does not count as the story — figures and captions, the headline (<h1>, or a heading repeating
// the title), and boilerplate blocks that survived (see pre-clean.ts for the names).
import { isBoilerplate } from './pre-clean.js';

const CAPTIONS = 'figure, figcaption, picture, img, video, audio, caption, [class*="caption"], [class*="credit"]';

export function postClean(content: Element, title: string | null): void {
  for (const el of content.querySelectorAll(CAPTIONS)) if (el.isConnected && !holdsParagraphs(el)) el.remove();
  for (const el of content.querySelectorAll('h1')) el.remove();
  const key = title ? normalizeHeading(title) : null;
  if (key) {
    for (const el of content.querySelectorAll('h2, h3')) if (normalizeHeading(el.textContent ?? '') === key) el.remove();
  }
  for (const el of [...content.querySelectorAll('*')]) if (el.isConnected && isBoilerplate(el)) el.remove();
}

const normalizeHeading = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A "caption" class on a wrapper of real paragraphs is a template quirk, not a caption. */
function holdsParagraphs(el: Element): boolean {
  return el.querySelectorAll('p').length >= 3;
}
