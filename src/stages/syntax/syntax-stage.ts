// Syntax stage: tags, lemmatises and parses every sentence of Storyline's own tokens with the trained
// syntax component (./syntax-model.ts), filling doc.syntax. Tokens keep wink's `pos` and `lemma`
// (the name tagger, cue model and rules were trained and tuned on them); stages that need structure
// read doc.syntax through ./syntax-queries.ts.
//
// A budget: at most MAX_PARSED_TOKENS (50,000) tokens of a document are parsed (a long article has 20,000).
// Sentences past it keep wink's tags and lemmas and a flat tree (each word a `dep` of the first), so
// a 20 MB input costs seconds, not minutes; the document says so in its warnings.
import type { Doc } from '../../core/document.js';
import type { Stage } from '../../core/stage.js';
import type { SyntaxLayer } from '../../core/syntax.js';
import { syntaxModel } from './syntax-model.js';

export const MAX_PARSED_TOKENS = 50_000;

export const syntaxStage: Stage = createSyntaxStage();

/** The stage with another token budget (tests use a small one). */
export function createSyntaxStage(budget = MAX_PARSED_TOKENS): Stage {
  return {
    name: 'syntax.parser.v1',
    requires: ['tokens', 'sentences'],
    assigns: ['syntax'],
    run(doc: Doc) {
      const model = syntaxModel();
      const n = doc.tokens.length;
      const layer: SyntaxLayer = { upos: new Array(n), xpos: new Array(n), lemma: new Array(n), head: new Int32Array(n).fill(-1), deprel: new Array(n) };
      let parsed = 0;
      let over = false;
      for (const s of doc.sentences) {
        if (over || parsed + (s.endToken - s.firstToken) > budget) {
          over = true;
          flat(doc, layer, s.firstToken, s.endToken);
          continue;
        }
        parsed += s.endToken - s.firstToken;
        const forms: string[] = [];
        for (let i = s.firstToken; i < s.endToken; i++) forms.push(doc.tokens[i].norm);
        const a = model.analyze(forms);
        for (let k = 0; k < forms.length; k++) {
          const i = s.firstToken + k;
          layer.upos[i] = a.upos[k];
          layer.xpos[i] = a.xpos[k];
          layer.lemma[i] = a.lemma[k];
          layer.head[i] = a.head[k] < 0 ? -1 : s.firstToken + a.head[k];
          layer.deprel[i] = a.deprel[k];
        }
      }
      if (parsed < n) doc.warnings.push(`syntax: the first ${parsed} of ${n} tokens were parsed (budget ${budget}); later sentences have flat trees`);
      doc.syntax = layer;
    },
  };
}

/** Past the budget: wink's tags and lemmas, every word a dependent of the sentence's first. */
function flat(doc: Doc, layer: SyntaxLayer, first: number, end: number): void {
  for (let i = first; i < end; i++) {
    layer.upos[i] = doc.tokens[i].pos;
    layer.xpos[i] = '_';
    layer.lemma[i] = doc.tokens[i].lemma;
    layer.head[i] = i === first ? -1 : first;
    layer.deprel[i] = i === first ? 'root' : 'dep';
  }
}
