// Post-cleaner, run on Readability's article element: removes what Readability keeps but a reader
// does not count as the story, in this order —
//   1. figures and captions (by tag, or a class/id naming a caption or credit)
//   2. the headline (<h1>, or an h2/h3 repeating the title)
//   3. boilerplate blocks by name that survived (see pre-clean.ts)
//   4. "related" headers with their link lists, and "Read more: ..." teasers (related-links-filter.ts)
//   5. short furniture blocks recognised by their words (block-filter.ts): last, so that the
//      related-link headers of step 4 are still there to anchor their lists.
import { removeFurnitureBlocks } from './block-filter.js';
import { isBoilerplate } from './pre-clean.js';
import { removeRelatedLinks } from './related-links-filter.js';

const CAPTIONS = 'figure, figcaption, picture, img, video, audio, caption';
/** Class or id naming a caption or credit: "newsCaption", "image-credit", "wp-caption-text". */
const CAPTION_NAME = /caption|credit/i;

export function postClean(content: Element, title: string | null, ownUrls: string[] = []): void {
  for (const el of content.querySelectorAll(CAPTIONS)) if (!holdsParagraphs(el)) el.remove();
  for (const el of [...content.querySelectorAll('[class], [id]')]) {
    if (CAPTION_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`) && !holdsParagraphs(el)) el.remove();
  }
  for (const el of content.querySelectorAll('h1')) el.remove();
  const key = title ? normalizeHeading(title) : null;
  if (key) {
    for (const el of content.querySelectorAll('h2, h3')) if (normalizeHeading(el.textContent ?? '') === key) el.remove();
  }
  for (const el of [...content.querySelectorAll('*')]) if (isBoilerplate(el)) el.remove();
  removeRelatedLinks(content);
  removeFurnitureBlocks(content, ownUrls);
}

const normalizeHeading = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A "caption" class on a wrapper of real paragraphs is a template quirk, not a caption. */
function holdsParagraphs(el: Element): boolean {
  return el.querySelectorAll('p').length >= 3;
}

