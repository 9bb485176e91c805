// Block filter, run on Readability's article: every short leaf block (a paragraph, list item,
// heading, caption) is put to the text rules (text-block-rules.ts) and removed when one matches.
// Long blocks are never touched: furniture is short, and a rule misfiring on a real paragraph costs
// more than a stray caption.
import { blockText, leafBlocks, linkDensity, wordCount } from './block-text.js';
import { TEXT_RULES } from './text-block-rules.js';

/** Blocks longer than this are story text whatever they say. */
export const MAX_WORDS = 60;
/** A block this long is story text: the kicker rule stops there. */
const STORY_WORDS = 15;
const KICKER_WORDS = 4;
/** How many closing blocks the contact rule looks at. */
const TAIL_BLOCKS = 3;

/** `ownUrls`: the page's own address(es), which some templates print under the headline. */
export function removeFurnitureBlocks(content: Element, ownUrls: string[] = []): string[] {
  const removed: string[] = [];
  const own = new Set(ownUrls.map(urlKey));
  let storyStarted = false;
  for (const el of leafBlocks(content)) {
    const text = blockText(el);
    const words = wordCount(text);
    if (words >= STORY_WORDS) storyStarted = true;
    if (words > MAX_WORDS) continue;
    if (words === 0) continue;
    // Above the first real paragraph, a short line that is nothing but a link is a section kicker
    // ("Entertainment", "Opinion") or a breadcrumb, not part of the story.
    if (!storyStarted && words <= KICKER_WORDS && linkDensity(el) >= 0.9) {
      removed.push('kicker');
      el.remove();
      continue;
    }
    if (words === 1 && own.has(urlKey(text))) {
      removed.push('own-url');
      el.remove();
      continue;
    }
    for (const rule of TEXT_RULES) {
      const name = rule(text, words);
      if (name) {
        removed.push(name);
        el.remove();
        break;
      }
    }
  }
  return removed.concat(removeTrailingContact(content));
}

/**
 * The last lines of a story that give an e-mail address are the author's bio or a contact line
 * ("Jane Doe (jane@example.com) is the editor of ..."), not the story.
 */
function removeTrailingContact(content: Element): string[] {
  const removed: string[] = [];
  const tail = leafBlocks(content).filter((el) => blockText(el) !== '').slice(-TAIL_BLOCKS);
  for (const el of tail) {
    const text = blockText(el);
    if (wordCount(text) <= MAX_WORDS && /[\w.+-]+@[\w-]+\.[\w.]+/.test(text)) {
      removed.push('contact');
      el.remove();
    }
  }
  return removed;
}

const urlKey = (url: string) => url.trim().replace(/^https?:\/\/(?:www\.)?/i, '').replace(/[?#].*$/, '').replace(/\/$/, '').toLowerCase();
