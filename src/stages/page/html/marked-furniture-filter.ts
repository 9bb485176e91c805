// Removes what the page's own markup marks as data about the article rather than the article: microdata
// stamps and credits (itemprop datePublished, dateModified, author, publisher) and tag lists (links
// with rel="tag", with the short label block that holds them: "Tags: a, b, c"). Only short elements go:
// a template that puts itemprop="author" on a wrapper of the story keeps it.
import { blockText, wordCount } from './block-text.js';

const STAMPS = '[itemprop~="datePublished"], [itemprop~="dateModified"], [itemprop~="dateCreated"], [itemprop~="author"], [itemprop~="publisher"]';
const TAGS = 'a[rel~="tag"]';
/** Longer than this, a marked element holds story text. */
const MAX_WORDS = 25;
/** A box holding marked elements may add this many words of its own ("Tags", "Posted:"). */
const LABEL_WORDS = 3;

export function removeMarkedFurniture(content: Element): string[] {
  const removed: string[] = [];
  for (const el of [...content.querySelectorAll(STAMPS)]) {
    // Readability's article is not attached to the document: `contains`, not isConnected, tells what is still there.
    if (content.contains(el) && wordCount(blockText(el)) <= MAX_WORDS && !el.querySelector('p')) {
      removed.push('stamp');
      withLabel(el, content, STAMPS).remove();
    }
  }
  for (const a of [...content.querySelectorAll(TAGS)]) {
    if (!content.contains(a)) continue;
    removed.push('tags');
    withLabel(a, content, TAGS).remove();
  }
  return removed;
}

/**
 * The largest ancestor of `el` (up to `root`) that adds at most a short label to what `marked` selects
 * inside it: "Posted: <time>", "Tags: <a rel=tag>, <a rel=tag>".
 */
function withLabel(el: Element, root: Element, marked: string): Element {
  let box = el;
  for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
    const markedWords = [...p.querySelectorAll(marked)].reduce((n, m) => n + wordCount(blockText(m)), 0);
    if (wordCount(blockText(p)) - markedWords > LABEL_WORDS) break;
    box = p;
  }
  return box;
}
