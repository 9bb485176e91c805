// Issue 22, finding 5 (part): wink-nlp learns words as it reads, and once it has seen "Name's," it keeps
// "Name's" whole in every later text, which also moves the POS tags around it ("'s new": ADJ, then
// PROPN). The segmenter takes such learned possessives out of wink's lexicon again and splits what wink
// keeps whole, so a text's tokens and tags do not depend on what was read before; the "'s" never
// inherits the line break before the word, and stems with an apostrophe ("O'Reilly's") are split too. Words are made up per run, so wink has never
// seen them when the test starts.
import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../core/pipeline.js';
import { segmentStage } from './wink-segmenter.js';

const segment = new Pipeline([segmentStage]);
const tokens = (text: string) =>
  segment.run(text, { id: 't', published: null, title: null, url: null, source: null, language: 'en', page: null }).tokens;
const fresh = () => `Qv${Math.random().toString(36).slice(2, 8)}`;

describe('tokens do not depend on words wink learned earlier', () => {
  it.each([
    ['a name', fresh()],
    ['a name with an apostrophe', `O'${fresh()}`],
  ])('%s + "\'s" at the start of a line', (_what, word) => {
    const text = `The talks ended on Monday.\n${word}'s aides left the room. ${word}'s new plan failed.`;
    const before = tokens(text);
    tokens(`They met ${word}'s, aides and ${word}'s. staff.`); // wink now keeps the word whole
    expect(tokens(text)).toEqual(before);
    const s = before.find((t) => t.norm === "'s");
    expect(s).toMatchObject({ lineBefore: false, spaceBefore: false, pos: 'PART' });
  });
});
