// The segmenter's tokens: offsets into the original text, and the same tokens for the same words
// whatever the segmenter read before (wink-nlp learns unknown words as it reads).
import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../core/pipeline.js';
import { segmentStage } from './wink-segmenter.js';

const pipeline = new Pipeline([segmentStage]);
const tokens = (text: string) =>
  pipeline.run(text, { id: 'test' }).tokens.map((t) => `${text.slice(t.start, t.end)}/${t.pos}`);

describe('segment stage', () => {
  it('splits a possessive off its word, with curly and straight apostrophes', () => {
    expect(tokens('Vrendal’s plan and the committee\'s report.')).toEqual([
      'Vrendal/PROPN', '’s/PART', 'plan/NOUN', 'and/CCONJ', 'the/DET', 'committee/NOUN', "'s/PART", 'report/NOUN', './PUNCT',
    ]);
  });

  it('gives the same tokens for a possessive before and after reading it next to a comma', () => {
    const text = 'The Quorvath’s envoy met the Brisk Institute’s director on Monday.';
    const before = tokens(text);
    // Before a comma wink keeps "Quorvath's" whole and learns it; unsplit, it would stay whole afterwards.
    tokens('A plan of the Quorvath’s, and the Brisk Institute’s, was read.');
    expect(tokens(text)).toEqual(before);
    expect(before).toContain('’s/PART');
  });

  it('leaves contractions to wink ("it\'s" is "it" + "is")', () => {
    expect(tokens("It's late.")).toEqual(['It/PRON', "'s/AUX", 'late/ADJ', './PUNCT']);
  });
});
