// normalizeText: the tokenizer reads the normalised string, records slice the original, so every
// normalised range must map back (toSource) to exactly the original characters it came from.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, toSource } from '../../src/core/normalize.js';

interface Case {
  name: string;
  input: string;
  normalized: string;
  /** A substring of the normalised text and the original text it must map back to. */
  find: string;
  original: string;
}

const cases: Case[] = [
  { name: 'CRLF becomes LF', input: 'one\r\ntwo', normalized: 'one\ntwo', find: 'two', original: 'two' },
  { name: 'range across CRLF keeps both characters', input: 'one\r\ntwo', normalized: 'one\ntwo', find: 'e\nt', original: 'e\r\nt' },
  { name: 'lone CR becomes LF', input: 'one\rtwo', normalized: 'one\ntwo', find: '\n', original: '\r' },
  { name: 'NBSP becomes a space', input: 'Ana\u00A0Ruiz said', normalized: 'Ana Ruiz said', find: 'Ana Ruiz', original: 'Ana\u00A0Ruiz' },
  { name: 'narrow NBSP becomes a space', input: '5\u202F000 euros', normalized: '5 000 euros', find: 'euros', original: 'euros' },
  { name: 'soft hyphen is dropped inside a word', input: 'co\u00ADoperate now', normalized: 'cooperate now', find: 'cooperate', original: 'co\u00ADoperate' },
  { name: 'offsets after a soft hyphen shift back', input: 'co\u00ADoperate now', normalized: 'cooperate now', find: 'now', original: 'now' },
  { name: 'zero-width space is dropped', input: 'a\u200Bb c', normalized: 'ab c', find: 'c', original: 'c' },
  { name: 'byte-order mark inside text is dropped', input: 'x\uFEFFy', normalized: 'xy', find: 'xy', original: 'x\uFEFFy' },
  { name: 'curly double quotes become straight', input: '\u201CWe agree,\u201D she said', normalized: '"We agree," she said', find: '"We agree,"', original: '\u201CWe agree,\u201D' },
  { name: 'curly apostrophe becomes straight', input: 'the minister\u2019s plan', normalized: "the minister's plan", find: "minister's", original: 'minister\u2019s' },
  { name: 'low-9 quotes become straight', input: '\u201Eja\u201C', normalized: '"ja"', find: 'ja', original: 'ja' },
  { name: 'NFC composes e + acute', input: 'Cafe\u0301 Noir', normalized: 'Caf\u00E9 Noir', find: 'Caf\u00E9', original: 'Cafe\u0301' },
  { name: 'composed letter maps to the whole sequence', input: 'Cafe\u0301 Noir', normalized: 'Caf\u00E9 Noir', find: '\u00E9', original: 'e\u0301' },
  { name: 'offsets after a composed sequence', input: 'Jose\u0301 Mari\u0301a said', normalized: 'Jos\u00E9 Mar\u00EDa said', find: 'said', original: 'said' },
  { name: 'non-ASCII base composes too', input: '\u00C5\u0301ngstr\u00F6m', normalized: '\u01FAngstr\u00F6m', find: '\u01FA', original: '\u00C5\u0301' },
  { name: 'two marks compose partly', input: 'e\u0301\u0302!', normalized: '\u00E9\u0302!', find: '!', original: '!' },
  { name: 'singleton Angstrom sign becomes A-ring', input: '5 \u212B', normalized: '5 \u00C5', find: '\u00C5', original: '\u212B' },
  { name: 'astral characters pass through whole', input: '\u{1F600} ok \u{1D49C}', normalized: '\u{1F600} ok \u{1D49C}', find: '\u{1D49C}', original: '\u{1D49C}' },
  { name: 'everything at once', input: '\u201CCo\u00ADop\u00E9ration\u201D,\u00A0dit-il.\r\nFin', normalized: '"Coop\u00E9ration", dit-il.\nFin', find: 'Fin', original: 'Fin' },
];

describe('normalizeText', () => {
  it.each(cases)('$name', ({ input, normalized, find, original }) => {
    const norm = normalizeText(input);
    expect(norm.text).toBe(normalized);
    const at = norm.text.indexOf(find);
    expect(at).toBeGreaterThanOrEqual(0);
    const src = toSource(norm, at, at + find.length);
    expect(input.slice(src.start, src.end)).toBe(original);
  });

  it('maps the end of the text to the end of the input', () => {
    const input = 'end\u00AD\r\n';
    const norm = normalizeText(input);
    expect(norm.srcStart[norm.text.length]).toBe(input.length);
    expect(norm.srcEnd[norm.text.length]).toBe(input.length);
  });

  it('maps an empty range to a point', () => {
    const norm = normalizeText('a\u00ADb');
    expect(toSource(norm, 1, 1)).toEqual({ start: 2, end: 2 });
  });

  it('keeps the map monotonic, in range and off surrogate midpoints for any input', () => {
    const pieces = fc.constantFrom('\r\n', '\r', '\u00A0', '\u00AD', '\u200D', 'e\u0301', '\u0301', '\u201C', '\u2019', '\u{1F469}\u200D\u{1F467}', '\uD800', '\uDC00', 'a', ' ');
    const text = fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (input) => {
        const norm = normalizeText(input);
        const splits = (b: number) => b > 0 && b < input.length && /[\uD800-\uDBFF]/.test(input[b - 1]) && /[\uDC00-\uDFFF]/.test(input[b]);
        let previous = 0;
        for (let i = 0; i < norm.text.length; i++) {
          const s = norm.srcStart[i];
          const e = norm.srcEnd[i];
          expect(s).toBeGreaterThanOrEqual(previous);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(input.length);
          expect(splits(s) || splits(e)).toBe(false);
          previous = s;
        }
      }),
      { numRuns: 500 },
    );
  });
});
