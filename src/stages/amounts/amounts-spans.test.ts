// Spans of the amounts stage on random soups of numbers, units, currency signs, astral characters
// and punctuation: every span slices the input inside its bounds on whole code points, amounts come
// in text order without overlaps, and ids run a1, a2, ...; plus a large input in linear time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Doc } from '../../core/document.js';
import { segmentStage } from '../segment/wink-segmenter.js';
import { amountsStage } from './amounts-stage.js';

const PIECES = [
  '$', '€', '£', 'A$', 'HK$', '₴', '1', '10', '1.5', '5,000', '2022', '11.30', '3-4', '1/2', '½', 'billion', 'bn', 'm', 'km',
  'tonnes', 'per cent', '%', 'people', 'drones', 'dozens', 'of', 'tens', 'thousands', 'twenty', '-', 'one', 'a', 'half',
  'million', 'more than', 'up to', 'between', 'and', 'to', 'No', 'August', 'am', 'Mr', 'Kyiv', '😀', '𝒜', '👩‍👩‍👧', 'é',
  '.', ',', '(', ')', '\n', ' ', ' ', ' ', '\u00AD', '\u200B', '\uD800',
];

function amountsOf(text: string) {
  const doc = Doc.create(text, { id: 'test' });
  segmentStage.run(doc, { published: null });
  amountsStage.run(doc, { published: null });
  return doc.amounts;
}

const splitsPair = (text: string, b: number) =>
  b > 0 && b < text.length && /[\uD800-\uDBFF]/.test(text[b - 1]) && /[\uDC00-\uDFFF]/.test(text[b]);

describe('amounts stage spans', () => {
  it('slice the input cleanly, in order, without overlaps', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        const amounts = amountsOf(text);
        let lastEnd = 0;
        amounts.forEach((a, i) => {
          expect(a.id).toBe(`a${i + 1}`);
          expect(a.start).toBeGreaterThanOrEqual(lastEnd);
          expect(a.end).toBeGreaterThan(a.start);
          expect(a.end).toBeLessThanOrEqual(text.length);
          expect(splitsPair(text, a.start) || splitsPair(text, a.end)).toBe(false);
          expect(Number.isFinite(a.value)).toBe(true);
          lastEnd = a.end;
        });
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('handles a long input in linear time', () => {
    const unit = 'Ukraine fired dozens of drones, wounding three people; Kyiv got $1.5 billion and moved 10km on 15 August 2025. ';
    const text = unit.repeat(20_000); // about 2.3 MB
    const t0 = performance.now();
    const amounts = amountsOf(text);
    const ms = performance.now() - t0;
    expect(amounts.length).toBe(4 * 20_000);
    expect(ms).toBeLessThan(60_000);
  });
});
