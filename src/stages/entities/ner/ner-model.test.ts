// The decoder sums a word's feature rows looked up by parts; these tests hold it to the sum of the
// rows of the feature strings training spells (wordFeatures, atOffset), in the same order, bit for bit.
import { describe, expect, it } from 'vitest';
import { NEIGHBOUR_OFFSETS, atOffset, wordFeatures } from './ner-features.js';
import { getNerGazetteer } from './ner-gazetteer.js';
import type { NerDecoder } from './ner-model.js';
import { getNerTagger } from './ner-tagger.js';

const decoder = (getNerTagger() as unknown as { decoder: NerDecoder }).decoder;

/** The reference: each slot's rows added by feature name, in the order wordFeatures lists them. */
function byNames(norm: string): Float32Array {
  const width = decoder.featureRow('b')!.length;
  const vec = new Float32Array((1 + NEIGHBOUR_OFFSETS.length) * width);
  const add = (name: string, slot: number) => {
    const row = decoder.featureRow(name);
    if (row) for (let t = 0; t < width; t++) vec[slot * width + t] += row[t];
  };
  const wf = wordFeatures(norm, getNerGazetteer());
  for (const f of wf.center) add(f, 0);
  NEIGHBOUR_OFFSETS.forEach((k, s) => {
    for (const f of Math.abs(k) === 1 ? wf.near : wf.far) add(atOffset(k, f), s + 1);
  });
  return vec;
}

describe('word vectors', () => {
  it.each(['Putin', 'the', 'minister', 'Kyiv', 'U.S.', 'Zürich', '1996', 'al-Assad', '=', 'xyzzyq', "'s", 'NATO'])(
    '%s: the rows of its feature strings, summed in order',
    (word) => {
      const vec = decoder.wordVector(word);
      expect(vec).toEqual(byNames(word));
      expect(vec.some((x) => x !== 0)).toBe(true);
    },
  );
});
