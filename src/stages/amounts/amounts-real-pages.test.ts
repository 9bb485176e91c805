// Amounts that mean what they say on real pages (issue 20): a clock time or a model name is no count,
// a range keeps both ends, and a vague or hedged number says so (`approximate`), while exact numbers and
// ranges with written ends do not. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { Doc } from '../../core/document.js';
import { segmentStage } from '../segment/wink-segmenter.js';
import { amountsStage } from './amounts-stage.js';

function amounts(text: string) {
  const doc = Doc.create(text, { id: 'test' });
  segmentStage.run(doc, { published: null });
  amountsStage.run(doc, { published: null });
  return doc.amounts.map((a) => ({ ...a, text: text.slice(a.start, a.end) }));
}

describe('amounts on real pages: not counts', () => {
  it.each([
    ['a clock time with p.m.', 'The game starts at 1 p.m. on Sunday.', '1 p.m.'],
    ['a clock time with a.m. and no preposition', 'Doors open 9 a.m. daily.', '9 a.m.'],
    ['a model name glued to a letter', 'The airline ordered 777x jets last year.', '777x'],
    ['a model name with a letter before it', 'They fly A320 planes on the route.', 'A320'],
  ])('%s', (_name, text, piece) => {
    const at = text.indexOf(piece);
    const overlapping = amounts(text).filter((a) => a.start < at + piece.length && a.end > at);
    expect(overlapping.map((a) => a.text)).toEqual([]);
  });

  it('still counts what comes before a model name', () => {
    expect(amounts('They fly 3 A320 planes.').map((a) => [a.text, a.value])).toEqual([['3 A320 planes', 3]]);
  });
});

describe('amounts on real pages: ranges and vague quantities', () => {
  it.each([
    ['a percentage range keeps both ends and is exact about them', 'Turnout fell 30-60 per cent in the north.', '30-60 per cent', { value: 30, min: 30, max: 60, unit: 'percent', approximate: false }],
    ['a range with "between"', 'Between 10 and 20 people died.', 'Between 10 and 20 people', { min: 10, max: 20, approximate: false }],
    ['"several thousand": the lower bound, its span, approximate', 'Several thousand people marched.', 'Several thousand people', { value: 2000, min: 2000, max: 9999, unit: 'people', approximate: true }],
    ['"dozens"', 'Dozens of boats sank.', 'Dozens of boats', { value: 24, min: 24, max: 99, approximate: true }],
    ['"a few hundred"', 'A few hundred fans waited.', 'A few hundred fans', { value: 200, min: 200, max: 999, approximate: true }],
    ['vague under a bound stays approximate', 'More than dozens of boats sank.', 'More than dozens of boats', { qualifier: 'more-than', approximate: true }],
    ['a hedge before the number', 'About 40 children were rescued.', 'About 40 children', { value: 40, qualifier: 'approximate', approximate: true }],
    ['a hedge after the number', 'They found 40 or so boats.', '40 or so', { value: 40, approximate: true }],
    ['an exact count is not approximate', 'They found 40 boats.', '40 boats', { value: 40, qualifier: 'exact', approximate: false }],
    ['a bound is not a hedge', 'At least 40 boats sank.', 'At least 40 boats', { qualifier: 'at-least', approximate: false }],
  ])('%s', (_name, text, span, expected) => {
    const found = amounts(text).find((a) => a.text === span);
    expect(found, `no amount "${span}" in ${JSON.stringify(amounts(text).map((a) => a.text))}`).toBeDefined();
    expect(found).toMatchObject(expected);
  });
});
