// Property tests of the syntax component on whatever words come in: one head per word, every head
// inside its sentence, exactly one root, no cycles (a tree), a tag, a lemma and a relation for every
// word; and through the syntax stage, the same for every sentence of a document.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/core/document.js';
import { segmentStage } from '../../src/stages/segment/wink-segmenter.js';
import { syntaxModel } from '../../src/stages/syntax/syntax-model.js';
import { createSyntaxStage, syntaxStage } from '../../src/stages/syntax/syntax-stage.js';

const WORDS = ['the', 'minister', 'said', 'that', 'Ana', 'Ruiz', ',', '.', '"', "'s", 'met', 'in', 'Paris', 'on', 'Monday', 'was', 'by', 'and', 'who', '$', '5', 'million', 'not', 'to', '(', ')', '—', 'Jean-Luc', 'U.S.', '😀', 'ﬁ', '\u0301', 'x'.repeat(300)];

function isTree(head: ArrayLike<number>, n: number): string | null {
  let roots = 0;
  for (let i = 0; i < n; i++) {
    if (head[i] === -1) roots++;
    else if (head[i] < 0 || head[i] >= n || head[i] === i) return `bad head ${head[i]} at ${i}`;
  }
  if (roots !== 1) return `${roots} roots`;
  for (let i = 0; i < n; i++) {
    let t = i;
    for (let steps = 0; t !== -1; steps++) {
      if (steps > n) return `cycle through ${i}`;
      t = head[t];
    }
  }
  return null;
}

describe('syntax component (property)', () => {
  it('gives every sentence of any words a single-rooted tree with a tag, lemma and relation per word', () => {
    const model = syntaxModel();
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ minLength: 1, maxLength: 12 })), { minLength: 1, maxLength: 80 }), (forms) => {
        const a = model.analyze(forms);
        expect(isTree(a.head, forms.length)).toBeNull();
        for (let i = 0; i < forms.length; i++) {
          expect(a.upos[i]).toMatch(/^[A-Z]+$/);
          expect(typeof a.lemma[i]).toBe('string');
          expect(a.deprel[i] === 'root').toBe(a.head[i] === -1);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('keeps every head of doc.syntax inside its own sentence', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS, '\n\n', '. ', '? '), { minLength: 1, maxLength: 120 }), (pieces) => {
        const doc = Doc.create(pieces.join(' '), { id: 'p' });
        segmentStage.run(doc, { published: null });
        syntaxStage.run(doc, { published: null });
        const syn = doc.syntax!;
        expect(syn.head.length).toBe(doc.tokens.length);
        for (const s of doc.sentences) {
          const local = Array.from(syn.head.slice(s.firstToken, s.endToken), (h) => (h < 0 ? -1 : h - s.firstToken));
          expect(isTree(local, s.endToken - s.firstToken)).toBeNull();
        }
      }),
      { numRuns: 150, seed: 11 },
    );
  });
});

describe('syntax stage budget', () => {
  it('parses sentences up to the token budget, gives the rest flat trees and says so', () => {
    const doc = Doc.create('Ana Ruiz met Pedro Gil in Lima. They signed a pact. Both left on Monday.', { id: 'b' });
    segmentStage.run(doc, { published: null });
    createSyntaxStage(8).run(doc, { published: null });
    const syn = doc.syntax!;
    const [first, second] = doc.sentences;
    expect(syn.xpos[first.firstToken]).not.toBe('_');
    for (let i = second.firstToken; i < doc.tokens.length; i++) expect(syn.xpos[i]).toBe('_');
    expect(syn.head[second.firstToken]).toBe(-1);
    expect(syn.head[second.firstToken + 1]).toBe(second.firstToken);
    expect(doc.warnings.join('\n')).toMatch(/syntax: the first 8 of \d+ tokens were parsed/);
  });
});
