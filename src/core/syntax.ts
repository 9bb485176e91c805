// The syntax layer: per token of `doc.tokens` (same index), its universal and Penn tags, lemma, head
// (a token index into doc.tokens, -1 for a sentence's root) and Universal Dependencies relation.
// Filled by the syntax stage; queried through src/stages/syntax/syntax-queries.ts.
export interface SyntaxLayer {
  upos: string[];
  xpos: string[];
  lemma: string[];
  head: Int32Array;
  deprel: string[];
}
