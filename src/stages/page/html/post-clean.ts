// Post-cleaner, run on Readability's article element: removes what Readability keeps but a reader
// does not count as the story, in this order —
//   0. grids of teaser cards (teaser-cards-filter.ts): first, while their thumbnails are still there
//   1. figures and captions (by tag, or a class/id naming a caption or credit); blocks that repeat the
//      page's description (the dek) or an image's alternative text (a caption as text): page-echoes.ts
//   2. the headline (<h1>, or an h2/h3 repeating the title)
//   3. boilerplate blocks by name that survived (see pre-clean.ts); what microdata marks as stamps or
//      credits and rel="tag" lists (marked-furniture-filter.ts); link-only widgets inside a paragraph
//      (inline-widget-filter.ts), before the block filters measure link density
//   4. "related" headers with their link lists, and "Read more: ..." teasers (related-links-filter.ts)
//   5. short furniture blocks recognised by their words (block-filter.ts): last, so that the
//      related-link headers of step 4 are still there to anchor their lists.
import { removeFurnitureBlocks } from './block-filter.js';
import { blockText, leafBlocks, wordCount } from './block-text.js';
import { removeInlineWidgets } from './inline-widget-filter.js';
import { removeMarkedFurniture } from './marked-furniture-filter.js';
import { echoKey, type PageEchoes } from './page-echoes.js';
import { isBoilerplate } from './pre-clean.js';
import { removeRelatedLinks } from './related-links-filter.js';
import { removeTeaserCards } from './teaser-cards-filter.js';

const CAPTIONS = 'figure, figcaption, picture, img, video, audio, caption';
/** Class or id naming a caption or credit: "newsCaption", "image-credit", "wp-caption-text". */
const CAPTION_NAME = /caption|credit/i;

/** A block repeating a description or caption is furniture only while short: a lede may be the description. */
const ECHO_WORDS = 60;
/** A block this long beside a description-like first block makes that block the lede, not a dek. */
const STORY_WORDS = 15;

/** `echoes`: the page's description and image texts (pageEchoes), read before the page was cleaned. */
export function postClean(content: Element, title: string | null, ownUrls: string[] = [], echoes?: PageEchoes): void {
  removeTeaserCards(content);
  for (const el of content.querySelectorAll(CAPTIONS)) if (!holdsParagraphs(el)) el.remove();
  if (echoes) removeEchoes(content, echoes);
  for (const el of [...content.querySelectorAll('[class], [id]')]) {
    if (CAPTION_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`) && !holdsParagraphs(el)) el.remove();
  }
  for (const el of content.querySelectorAll('h1')) el.remove();
  const key = title ? normalizeHeading(title) : null;
  if (key) {
    for (const el of content.querySelectorAll('h2, h3')) if (normalizeHeading(el.textContent ?? '') === key) el.remove();
  }
  for (const el of [...content.querySelectorAll('*')]) if (isBoilerplate(el)) el.remove();
  removeMarkedFurniture(content);
  removeInlineWidgets(content);
  removeRelatedLinks(content);
  removeFurnitureBlocks(content, ownUrls);
}

/**
 * Blocks repeating an image's text, the page's headline or a bio (furniture wherever they are), and the
 * description when it opens the article with no story paragraph beside it in its container (a dek).
 */
function removeEchoes(content: Element, echoes: PageEchoes): void {
  const blocks = leafBlocks(content).filter((el) => blockText(el) !== '');
  blocks.forEach((el, i) => {
    const text = blockText(el);
    if (wordCount(text) > ECHO_WORDS) return;
    const key = echoKey(text);
    const alone = () => blocks.every((other) => other === el || other.parentElement !== el.parentElement || wordCount(blockText(other)) < STORY_WORDS);
    if (echoes.elsewhere.has(key) || (i === 0 && echoes.descriptions.has(key) && alone())) el.remove();
  });
}

const normalizeHeading = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A "caption" class on a wrapper of real paragraphs is a template quirk, not a caption. */
function holdsParagraphs(el: Element): boolean {
  return el.querySelectorAll('p').length >= 3;
}

