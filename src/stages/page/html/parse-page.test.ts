// Issue 22, finding 1: the depth guard counts what linkedom nests. Pages generated here: `<div/>` (an
// open tag to an HTML parser), `<thead>` and `<colgroup>` runs, which a regex scan let through and which
// then ran for minutes or overflowed the stack; and random tag soup on which the guard's depth must
// equal the depth of the tree linkedom builds.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../../../../test/helpers/error-code.js';
import { MAX_DEPTH, nestingDepth, parsePage } from './parse-page.js';

/** Depth of linkedom's tree, walked without recursion (html = 1). */
function treeDepth(html: string): number {
  const { document } = parseHTML(html);
  let node: Element | null = document.documentElement as unknown as Element;
  let depth = 1;
  let max = 1;
  while (node) {
    if (node.firstElementChild) {
      node = node.firstElementChild;
      if (++depth > max) max = depth;
      continue;
    }
    while (node && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    node = node?.nextElementSibling ?? null;
  }
  return max;
}

/** A small deterministic generator (mulberry32), so a failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '<div>', '</div>', '<div/>', '<p>', '</p>', '<li>', '<ul>', '</ul>', '<table>', '</table>', '<thead>', '<tbody>', '<tfoot>',
  '<tr>', '<td>', '<th>', '<colgroup>', '<col>', '<br>', '<br/>', '<img src=x>', '<span>', '</span>', '<span/>', '<svg>', '<path/>',
  '</svg>', '<option>', '<select>', '<dt>', '<dd>', '<h2>', '</h2>', 'text ', '<!-- c -->', '<script>x<div></script>', '</td>', '<a>', '</a>',
];

describe('nestingDepth agrees with linkedom', () => {
  it('on 300 random pages of tag soup', () => {
    const next = random(22);
    for (let n = 0; n < 300; n++) {
      const parts: string[] = [];
      const length = 1 + Math.floor(next() * 120);
      for (let i = 0; i < length; i++) parts.push(PIECES[Math.floor(next() * PIECES.length)]);
      const page = `<!DOCTYPE html><html><head></head><body>${parts.join('')}</body></html>`;
      expect(nestingDepth(page, 10_000), page).toBe(treeDepth(page));
    }
  });

  it.each([
    ['<div/>', '<div/>x'],
    ['<thead>', '<table><thead>'],
    ['<colgroup>', '<table><colgroup>'],
    ['<tfoot>', '<table><tfoot>'],
  ])('%s nests, as in linkedom', (_name, piece) => {
    const page = `<html><body>${piece.repeat(50)}</body></html>`;
    expect(nestingDepth(page)).toBe(treeDepth(page));
    expect(nestingDepth(page)).toBeGreaterThan(50);
  });

  it('siblings the parser closes (<p>, <li>, <tr><td>) stay shallow; a <p> in each <li> does not', () => {
    const page = `<html><body>${'<p>para'.repeat(2000)}<ul>${'<li>item'.repeat(2000)}</ul><table>${'<tr><td>x'.repeat(2000)}</table></body></html>`;
    expect(nestingDepth(page)).toBe(treeDepth(page));
    expect(nestingDepth(page)).toBeLessThan(10);
    const nested = `<html><body><ul>${'<li><p>item'.repeat(300)}</ul></body></html>`;
    expect(nestingDepth(nested, 10_000)).toBe(treeDepth(nested));
    expect(nestingDepth(nested, 10_000)).toBeGreaterThan(600);
  });
});

describe('hostile nesting is refused at once (E_PAGE_TOO_DEEP)', () => {
  it.each([
    ['5,000 <div/>', '<div/>'.repeat(5000)],
    ['100,000 <thead>', `<table>${'<thead>'.repeat(100_000)}`],
    ['100,000 <colgroup>', `<table>${'<colgroup>'.repeat(100_000)}`],
    ['100,000 <div>', '<div>'.repeat(100_000)],
  ])('%s', (_name, html) => {
    const started = Date.now();
    expect(codeOf(() => parsePage(html))).toBe('E_PAGE_TOO_DEEP');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('a page at the limit is parsed', () => {
    expect(codeOf(() => parsePage(`${'<div>'.repeat(MAX_DEPTH - 3)}x`))).toBeUndefined();
  });
});
