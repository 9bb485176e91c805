// Small measurements of a DOM block shared by the block filters: its visible text, word count,
// how much of it is link text, and the "leaf" blocks of a tree (blocks with no block inside).
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'TD', 'TH', 'TR', 'UL',
]);

export const blockText = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

export const wordCount = (text: string): number => (text === '' ? 0 : text.split(' ').length);

/** Share of the block's characters (spaces aside) that sit inside links. */
export function linkDensity(el: Element): number {
  const total = blockText(el).replace(/\s/g, '').length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += blockText(a).replace(/\s/g, '').length;
  return Math.min(1, linked / total);
}

/** Block elements with no block element inside them, in document order (one pass, no recursion). */
export function leafBlocks(root: Element): Element[] {
  const holdsBlock = new Set<Element>();
  const order: Element[] = [];
  const stack: { el: Element; done: boolean }[] = [{ el: root, done: false }];
  while (stack.length > 0) {
    const { el, done } = stack.pop()!;
    if (!done) {
      if (el !== root) order.push(el);
      stack.push({ el, done: true });
      const children = el.children;
      for (let i = children.length - 1; i >= 0; i--) stack.push({ el: children[i], done: false });
      continue;
    }
    for (const child of el.children) {
      if (BLOCK_TAGS.has(child.tagName.toUpperCase()) || holdsBlock.has(child)) {
        holdsBlock.add(el);
        break;
      }
    }
  }
  return order.filter((el) => BLOCK_TAGS.has(el.tagName.toUpperCase()) && !holdsBlock.has(el));
}
