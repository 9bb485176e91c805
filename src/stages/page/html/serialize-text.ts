// Serialises cleaned article DOM to plain text: one paragraph per block element (p, headings, list
// items, quotes, table rows, divs holding text), paragraphs separated by a blank line ("\n\n"),
// <br> as a line break (two in a row as a paragraph break), runs of whitespace collapsed. The walk
// is iterative, so a page nested ten thousand levels deep cannot overflow the stack.
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'CANVAS', 'IFRAME', 'OBJECT', 'SELECT', 'BUTTON']);

export function serializeText(root: Element): string {
  const paragraphs: string[] = [];
  let line = '';
  const flush = () => {
    // Two or more <br> in a row are how older pages separate paragraphs.
    for (const part of line.replace(/[ \t\f\r]*\n[ \t\f\r]*/g, '\n').split(/\n{2,}/)) {
      const p = part.trim();
      if (p !== '') paragraphs.push(p);
    }
    line = '';
  };
  const stack: { node: Node; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      line += (node.textContent ?? '').replace(/\s+/g, ' '); // \s covers no-break spaces too
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    const block = BLOCK.has(tag);
    if (exit) {
      if (block) flush();
      continue;
    }
    if (tag === 'BR') {
      line += '\n';
      continue;
    }
    if (block) flush();
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], exit: false });
  }
  flush();
  return paragraphs.join('\n\n');
}
