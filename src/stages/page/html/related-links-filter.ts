// Removes "related stories" furniture that Readability keeps inside the article: a header such as
// "Related", "More:", "You may also like...", "More Great WIRED Stories", "Trending", "Don't miss",
// with the link lists that follow it; lists made of nothing but links; and one-line teasers such as
// "Read more: <headline link>" or "SEE MORE: <headline>".
import { blockText, leafBlocks, linkDensity, wordCount } from './block-text.js';

const HEADER = new RegExp(
  '^(?:related(?:\\s+[\\p{L}’\']+){0,6}|read (?:more|also|next)|also read|see (?:more|also)|more|more (?:from|on|about|in|stories|news|coverage)(?:\\s+[\\p{L}’\']+){0,4}|more(?:\\s+[\\p{L}’\']+){0,3}\\s+(?:stories|articles|news|coverage|reading|posts|videos)|you (?:may|might) also (?:like|enjoy|be interested in)|recommended(?: for you| stories| reading)?|trending(?: now| stories| news)?|most (?:read|popular|viewed|shared)|don[\'’]t miss|latest(?: news| stories)?|top stories|further reading|up next|what to read next|popular(?: stories| posts| now)?|editor[\'’]s picks|in case you missed it|other stories|keep reading)\\s*[.…:]*$',
  'iu',
);
const TEASER = /^(?:related(?: (?:article|story|post|content|coverage|reading))?|read more|read also|also read|see more|see also|more|recommended|watch|listen|trending|further reading|read next|read)\s*[:|»>]+\s*\S/i;
/**
 * A block after a "related" header counts as more of the same when at least this share of its text
 * is linked; a list (<ul>/<ol>) right there needs less, since teaser lists often link only part of
 * each headline ("The strange life and <a>mysterious death of a coder</a>").
 */
const LINK_BLOCK = 0.5;
const LINK_LIST = 0.25;
/** A list whose every item is nothing but a link (two items or more) is a link list wherever it is. */
const ALL_LINKS = 0.9;

export function removeRelatedLinks(content: Element): void {
  for (const list of [...content.querySelectorAll('ul, ol')]) {
    const items = [...list.children].filter((li) => blockText(li) !== '');
    if (items.length >= 2 && items.every((li) => linkDensity(li) >= ALL_LINKS)) list.remove();
  }
  for (const el of leafBlocks(content)) {
    const text = blockText(el);
    const words = wordCount(text);
    if (words === 0 || words > 30) continue;
    if (words <= 10 && HEADER.test(text)) {
      removeFollowingLinkLists(el);
      el.remove();
    } else if (TEASER.test(text) && (linkDensity(el) >= 0.5 || words <= 20)) {
      el.remove();
    }
  }
}

function removeFollowingLinkLists(header: Element): void {
  // The header may be wrapped alone (<div><h3>Related</h3></div>): the list follows the wrapper.
  let anchor: Element = header;
  while (!anchor.nextElementSibling && anchor.parentElement && blockText(anchor.parentElement) === blockText(header)) anchor = anchor.parentElement;
  let next = anchor.nextElementSibling;
  while (next && wordCount(blockText(next)) <= 200 && linkDensity(next) >= (/^(?:UL|OL)$/i.test(next.tagName) ? LINK_LIST : LINK_BLOCK)) {
    const after = next.nextElementSibling;
    next.remove();
    next = after;
  }
}
