// Block filter, run on Readability's article: every short leaf block (a paragraph, list item,
// heading, caption) is put to the text rules (text-block-rules.ts) and removed when one matches.
// Long blocks are never touched: furniture is short, and a rule misfiring on a real paragraph costs
// more than a stray caption.
import { blockText, leafBlocks, wordCount } from './block-text.js';
import { TEXT_RULES } from './text-block-rules.js';

/** Blocks longer than this are story text whatever they say. */
export const MAX_WORDS = 60;

/** `ownUrls`: the page's own address(es), which some templates print under the headline. */
export function removeFurnitureBlocks(content: Element, ownUrls: string[] = []): string[] {
  const removed: string[] = [];
  const own = new Set(ownUrls.map(urlKey));
  for (const el of leafBlocks(content)) {
    const text = blockText(el);
    const words = wordCount(text);
    if (words > MAX_WORDS) continue;
    if (words === 0) continue;
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
  return removed;
}

const urlKey = (url: string) => url.trim().replace(/^https?:\/\/(?:www\.)?/i, '').replace(/[?#].*$/, '').replace(/\/$/, '').toLowerCase();
