// Removes grids of teaser cards that templates put inside the article container ("Most popular",
// "More from the site"), with their heading: three or more sibling elements of one tag and class, each a
// short card (a headline and a blurb at most) with a thumbnail that links to another page. A story's own
// list does not repeat a linked picture item after item. Runs before captions and images are removed:
// the thumbnail is what tells a card from a list item.
import { blockText, wordCount } from './block-text.js';

const MIN_CARDS = 3;
/** A card's text (headline and blurb) is short; longer items are story text. */
const MAX_CARD_WORDS = 40;
const HEADING_WORDS = 6;

export function removeTeaserCards(content: Element): string[] {
  const removed: string[] = [];
  const parents = new Set<Element>();
  for (const img of content.querySelectorAll('a img')) {
    const parent = img.closest('a')?.parentElement?.parentElement;
    if (parent) parents.add(parent);
    const grand = parent?.parentElement;
    if (grand) parents.add(grand);
  }
  for (const parent of parents) {
    if (!content.contains(parent)) continue;
    const groups = new Map<string, Element[]>();
    for (const child of parent.children) {
      const key = `${child.tagName}.${child.getAttribute('class') ?? ''}`;
      groups.set(key, [...(groups.get(key) ?? []), child]);
    }
    for (const cards of groups.values()) {
      if (cards.length < MIN_CARDS || !cards.every(isCard)) continue;
      // The grid's own heading ("Most popular") goes with it.
      const heading = cards[0].previousElementSibling;
      if (heading && /^H[2-6]$/i.test(heading.tagName) && wordCount(blockText(heading)) <= HEADING_WORDS) heading.remove();
      for (const card of cards) card.remove();
      removed.push('teaser-cards');
    }
  }
  return removed;
}

/** A short element with a thumbnail that links to another page (Readability may have dropped the headline link). */
function isCard(el: Element): boolean {
  if (wordCount(blockText(el)) > MAX_CARD_WORDS) return false;
  return [...el.querySelectorAll('a[href]')].some((a) => a.querySelector('img') !== null && !(a.getAttribute('href') ?? '#').startsWith('#'));
}
