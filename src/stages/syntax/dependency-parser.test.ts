import { describe, expect, it } from 'vitest';
import { rng } from '../../models/sequence-perceptron.js';
import { syntaxModel } from './syntax-model.js';
import { SentenceWords } from './word-features.js';

const WORDS = ['the', 'minister', 'said', 'that', 'Ana', 'Ruiz', ',', '.', "'s", 'met', 'in', 'Paris', 'on', 'Monday', 'was', 'by', 'and', 'who', 'not', 'to'];

function sentences(count: number): string[][] {
  const random = rng(11);
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(random() * 25) }, () => WORDS[Math.floor(random() * WORDS.length)]));
}

function roots(head: Int32Array): number {
  return head.reduce((c, h) => c + (h === -1 ? 1 : 0), 0);
}

describe('dependency parser beam search', () => {
  const model = syntaxModel();

  it('is the greedy parse when one configuration is kept', () => {
    for (const forms of sentences(60)) {
      const sw = new SentenceWords(forms);
      const tags = model.tagger.tag(sw);
      const greedy = model.parser.parse(sw, tags);
      const beam = model.parser.parseBeam(sw, tags, 1, 40, 1.5);
      expect([...beam.head]).toEqual([...greedy.head]);
      expect([...beam.label]).toEqual([...greedy.label]);
    }
  });

  it('gives every word one head inside the sentence and one root at any width', () => {
    for (const forms of sentences(60))
      for (const width of [2, 4, 8]) {
        const sw = new SentenceWords(forms);
        const { head } = model.parser.parseBeam(sw, model.tagger.tag(sw), width, 40, 3);
        expect(roots(head)).toBe(1);
        for (const h of head) expect(h >= -1 && h < forms.length).toBe(true);
      }
  });
});
