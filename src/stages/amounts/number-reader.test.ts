// The number reader on its own: each row is a text, the token where reading starts (the first token
// whose text equals `at`), and the number it must read (value, bounds, what it covers).
import { describe, expect, it } from 'vitest';
import { Doc } from '../../core/document.js';
import { segmentStage } from '../segment/wink-segmenter.js';
import { getAmountLexicon } from './amount-lexicon.js';
import { readNumber, scaleBy } from './number-reader.js';
import type { ScanContext } from './scan-context.js';

function read(text: string, at: string) {
  const doc = Doc.create(text, { id: 'test' });
  segmentStage.run(doc, { published: null });
  const ctx: ScanContext = { text, tokens: doc.tokens, lex: getAmountLexicon() };
  const i = doc.tokens.findIndex((t) => text.slice(t.start, t.end) === at);
  if (i < 0) throw new Error(`no token ${JSON.stringify(at)} in ${JSON.stringify(text)}`);
  const p = readNumber(ctx, i);
  return p && { text: text.slice(p.start, p.end), value: p.value, min: p.min, max: p.max, vague: p.vague, range: p.range };
}

type Expect = { text: string; value: number; min?: number | null; max?: number | null; vague?: boolean; range?: boolean };

const CASES: [string, string, Expect][] = [
  ['It was 5,000.', '5,000', { text: '5,000', value: 5000, min: null, max: null }],
  ['It was 1.5 billion.', '1.5', { text: '1.5 billion', value: 1.5e9 }],
  ['It cost $4.35m.', '4.35', { text: '4.35m', value: 4350000 }],
  ['It cost £1.1bn.', '1.1', { text: '1.1bn', value: 1.1e9 }],
  ['A $5.2-billion plan.', '5.2', { text: '5.2-billion', value: 5.2e9 }],
  ['He earns $50k.', '50', { text: '50k', value: 50000 }],
  ['The peak is 8,848m high.', '8,848', { text: '8,848', value: 8848 }],
  ['A 3m high wall.', '3', { text: '3', value: 3 }],
  ['Twenty-one died.', 'Twenty', { text: 'Twenty-one', value: 21 }],
  ['One hundred and five ships.', 'One', { text: 'One hundred and five', value: 105 }],
  ['Three hundred thousand fled.', 'Three', { text: 'Three hundred thousand', value: 300000 }],
  ['Forty-two thousand three hundred voted.', 'Forty', { text: 'Forty-two thousand three hundred', value: 42300 }],
  ['A hundred came.', 'A', { text: 'A hundred', value: 100 }],
  ['Half a million fled.', 'Half', { text: 'Half a million', value: 500000 }],
  ['One and a half million fled.', 'One', { text: 'One and a half million', value: 1.5e6 }],
  ['A three-and-a-half year war.', 'three', { text: 'three-and-a-half', value: 3.5 }],
  ['It took 3 1/2 hours.', '3', { text: '3 1/2', value: 3.5 }],
  ['Two dozen eggs.', 'Two', { text: 'Two dozen', value: 24 }],
  ['Dozens died.', 'Dozens', { text: 'Dozens', value: 24, min: 24, max: 99, vague: true }],
  ['Tens of thousands fled.', 'Tens', { text: 'Tens of thousands', value: 20000, min: 20000, max: 99999, vague: true }],
  ['Hundreds of millions watched.', 'Hundreds', { text: 'Hundreds of millions', value: 2e8, min: 2e8, max: 1e9 - 1 }],
  ['Thousands fled.', 'Thousands', { text: 'Thousands', value: 2000, min: 2000, max: 9999 }],
  ['Several hundred came.', 'Several', { text: 'Several hundred', value: 200, min: 200, max: 999 }],
  ['A few thousand stayed.', 'A', { text: 'A few thousand', value: 2000, min: 2000, max: 9999 }],
  ['A few dozen stayed.', 'A', { text: 'A few dozen', value: 24, min: 24, max: 99 }],
  ['Some 10-20 came.', '10-20', { text: '10-20', value: 10, min: 10, max: 20, range: true }],
  ['Some 10 to 20 came.', '10', { text: '10 to 20', value: 10, min: 10, max: 20, range: true }],
  ['Some 10 – 20 came.', '10', { text: '10 – 20', value: 10, min: 10, max: 20, range: true }],
  ['Between 10 and 20 came.', '10', { text: 'Between 10 and 20', value: 10, min: 10, max: 20, range: true }],
  ['From 1 to 2 million came.', '1', { text: '1 to 2 million', value: 1e6, min: 1e6, max: 2e6, range: true }],
  ['Five to six came.', 'Five', { text: 'Five to six', value: 5, min: 5, max: 6 }],
  ['The vote was 52 to 48.', '52', { text: '52', value: 52, range: false }],
];

const REFUSED: [string, string][] = [
  ['The talks are at 11:30.', '11:30'],
  ['Call 555-123-4567.', '555-123-4567'],
  ['On 15/08/2022 it rained.', '15/08/2022'],
  ['Kyiv won 3-1.', '3-1'],
  ['The 2022-23 season.', '2022-23'],
  ['Call +44 now.', '+44'],
  ['A day after the call.', 'A'],
  ['Millions watched.', 'watched'],
];

describe('number reader', () => {
  it.each(CASES)('%s', (text, at, expected) => {
    expect(read(text, at)).toMatchObject(expected);
  });
  it.each(REFUSED)('reads nothing at %s', (text, at) => {
    expect(read(text, at)).toBeNull();
  });
  it('scales without binary noise', () => {
    expect(scaleBy(4.35, 1e6)).toBe(4350000);
    expect(scaleBy(1.1, 1e9)).toBe(1100000000);
    expect(scaleBy(0.29, 1e3)).toBe(290);
    expect(scaleBy(5, 1e7)).toBe(5e7);
    expect(scaleBy(2, 12)).toBe(24);
  });
});
