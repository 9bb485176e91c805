// The text serializer: paragraph breaks from blocks and double <br>, inline runs joined, whitespace
// collapsed, skipped elements left out, and no recursion limit.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { serializeText } from './serialize-text.js';

const body = (html: string) => (parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document).body;

describe('serializeText', () => {
  it.each([
    ['<p>One  two\n three.</p><p>Four.</p>', 'One two three.\n\nFour.'],
    ['<div>Lead <b>bold</b> and <a href="#">link</a>.</div>', 'Lead bold and link.'],
    ['<p>Line one<br>line two</p>', 'Line one\nline two'],
    ['<p>First part<br><br>Second part</p>', 'First part\n\nSecond part'],
    ['<ul><li>a</li><li>b</li></ul>', 'a\n\nb'],
    ['<h2>Heading</h2>Loose text<p>Para</p>', 'Heading\n\nLoose text\n\nPara'],
    ['<p>Kept</p><script>var x = 1;</script><style>p{}</style><button>Click</button>', 'Kept'],
    ['<p>\u00a0</p><p>  </p>', ''],
  ])('%j', (html, text) => expect(serializeText(body(html))).toBe(text));

  it('walks a tree 5,000 levels deep', () => {
    const html = '<div>'.repeat(5000) + 'deep text' + '</div>'.repeat(5000);
    expect(serializeText(body(html))).toBe('deep text');
  });
});
