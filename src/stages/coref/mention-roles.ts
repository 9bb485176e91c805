// The grammatical role of a word, which coreference weighs (subjects are the likeliest antecedents,
// and a pronoun often keeps the role of what it refers to). Read from the parse when the document
// has one; without it, the first name of a sentence counts as its subject.
//   subject     nsubj, nsubj:pass            object     obj, iobj
//   possessor   nmod:poss                    other      anything else
import type { Doc } from '../../core/document.js';
import { lowerBound } from '../../core/sorted.js';

export type Role = 'subject' | 'object' | 'possessor' | 'other';

/** Index of the token that starts at or covers `offset`, or -1. */
export function tokenAt(doc: Doc, offset: number): number {
  const k = lowerBound(doc.tokens, offset + 1, (t) => t.start) - 1;
  return k >= 0 && offset < doc.tokens[k].end ? k : -1;
}

/** The token that heads a span: the one whose parse head lies outside it, else its last token. */
export function headToken(doc: Doc, start: number, end: number): number {
  const first = tokenAt(doc, start);
  if (first < 0) return -1;
  let last = first;
  while (last + 1 < doc.tokens.length && doc.tokens[last + 1].start < end) last++;
  const syntax = doc.syntax;
  if (syntax) {
    for (let i = last; i >= first; i--) {
      const h = syntax.head[i];
      if (h < first || h > last) return i;
    }
  }
  return last;
}

export function roleOf(doc: Doc, token: number, firstInSentence: boolean): Role {
  const syntax = doc.syntax;
  if (!syntax) return firstInSentence ? 'subject' : 'other';
  const rel = syntax.deprel[token] ?? '';
  if (rel.startsWith('nsubj')) return 'subject';
  if (rel === 'obj' || rel === 'iobj') return 'object';
  if (rel === 'nmod:poss') return 'possessor';
  // A conjunct shares its first conjunct's role ("Smith and Jones said").
  if (rel === 'conj' || rel === 'appos' || rel === 'flat') {
    const h = syntax.head[token];
    if (h >= 0 && h !== token) return roleOf(doc, h, firstInSentence);
  }
  return 'other';
}

/** The predicate a subject or object belongs to (its parse head), or -1 without a parse. */
export function governor(doc: Doc, token: number): number {
  return doc.syntax ? doc.syntax.head[token] : -1;
}
