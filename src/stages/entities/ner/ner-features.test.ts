// Word shapes: the char-code path for ASCII words gives what the Unicode classes give.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longShape, shortShape } from './ner-features.js';

const cls = (ch: string) => (/\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{Nd}/u.test(ch) ? 'd' : ch);

/** The reference: Unicode letter and digit classes, runs of one class kept up to `keep` long. */
function byClasses(word: string, keep = 1): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    run = cls(ch) === last ? run + 1 : 1;
    if (run <= keep) out += cls(ch);
    last = cls(ch);
  }
  return out;
}

describe('word shapes', () => {
  it.each([
    ['Peter', 'Xx', 'Xxxxx'],
    ['U.S.', 'X.X.', 'X.X.'],
    ['McDonald', 'XxXx', 'XxXxxxx'],
    ['1996-08-22', 'd-d-d', 'dddd-dd-dd'],
    ['--', '-', '--'],
    ['Zürich', 'Xx', 'Xxxxx'],
    ['ΑΘΗΝΑ', 'X', 'XXXX'],
    ['٣٤', 'd', 'dd'],
  ])('%s -> %s, %s', (word, short, long) => {
    expect(shortShape(word)).toBe(short);
    expect(longShape(word)).toBe(long);
  });

  it('matches the Unicode classes on any string', () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) });
    const words = fc.oneof(ascii, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
    fc.assert(fc.property(words, (w) => shortShape(w) === byClasses(w) && longShape(w) === byClasses(w, 4)), { numRuns: 2000 });
  });
});
