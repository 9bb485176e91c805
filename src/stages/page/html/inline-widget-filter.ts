// Removes widgets that templates put inside a paragraph of the story: a name's hover card with the
// person's latest headlines ("<a>Ilhan Omar</a><span class=card>... 5 headline links ...</span>"),
// an inline "related" strip. They are inline elements (not blocks) made of links only, several of
// them: what a reader sees as one sentence of the story has no such run of links with no prose between.
import { BLOCK_TAGS, blockText, linkDensity, wordCount } from './block-text.js';

/** At least this many links, this share of linked text and this many words make an inline run a widget. */
const MIN_LINKS = 3;
const MIN_DENSITY = 0.9;
const MIN_WORDS = 10;

export function removeInlineWidgets(content: Element): string[] {
  const removed: string[] = [];
  // Innermost first: a hover card's own box goes, the name link it hangs on stays in the sentence.
  for (const el of [...content.querySelectorAll('span, em, strong, b, i, small, font')].reverse()) {
    // Readability's article is not attached to the document: `contains`, not isConnected, tells what is still there.
    if (!content.contains(el) || el.closest('a')) continue;
    const block = blockAncestor(el, content);
    if (!block || blockText(block) === blockText(el)) continue; // the whole block: the block filters judge it
    const text = blockText(el);
    if (el.querySelectorAll('a').length >= MIN_LINKS && wordCount(text) >= MIN_WORDS && linkDensity(el) >= MIN_DENSITY) {
      removed.push('inline-widget');
      el.remove();
    }
  }
  return removed;
}

function blockAncestor(el: Element, root: Element): Element | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (BLOCK_TAGS.has(p.tagName.toUpperCase())) return p;
    if (p === root) return null;
  }
  return null;
}
