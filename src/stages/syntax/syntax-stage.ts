// Syntax stage: tags, lemmatises and parses every sentence of Storyline's own tokens with the trained
// syntax component (./syntax-model.ts), filling doc.syntax. Tokens keep wink's `pos` and `lemma`
// (the name tagger, cue model and rules were trained and tuned on them); stages that need structure
// read doc.syntax through ./syntax-queries.ts.
import type { Doc } from '../../core/document.js';
import type { Stage } from '../../core/stage.js';
import type { SyntaxLayer } from '../../core/syntax.js';
import { syntaxModel } from './syntax-model.js';

export const syntaxStage: Stage = {
  name: 'syntax.parser.v1',
  requires: ['tokens', 'sentences'],
  assigns: ['syntax'],
  run(doc: Doc) {
    const model = syntaxModel();
    const n = doc.tokens.length;
    const layer: SyntaxLayer = { upos: new Array(n), xpos: new Array(n), lemma: new Array(n), head: new Int32Array(n).fill(-1), deprel: new Array(n) };
    for (const s of doc.sentences) {
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
    doc.syntax = layer;
  },
};
