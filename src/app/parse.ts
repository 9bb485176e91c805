// Parse use case: text or CoNLL-U in, CoNLL-U out (the format UDPipe and Stanza users load).
//   text     Storyline's own sentences and tokens (the segment stage), then the syntax stage; each
//            token's character range in the input goes to MISC as TokenRange=START:END (UDPipe's
//            convention), SpaceAfter=No where the next token follows without a space.
//   conllu   sentences and words kept as given (multiword-token lines and empty nodes passed
//            through); UPOS, XPOS, LEMMA, HEAD and DEPREL filled in.
import { Doc } from '../core/document.js';
import { readConllu, writeConllu, type ConlluSentence } from '../stages/syntax/conllu.js';
import { segmentStage } from '../stages/segment/wink-segmenter.js';
import { syntaxModel } from '../stages/syntax/syntax-model.js';
import { syntaxStage } from '../stages/syntax/syntax-stage.js';

export function parseText(text: string, id = 'doc'): string {
  const doc = Doc.create(text, { id });
  const ctx = { published: null };
  segmentStage.run(doc, ctx);
  syntaxStage.run(doc, ctx);
  const syn = doc.syntax!;
  let out = `# newdoc id = ${id}\n`;
  doc.sentences.forEach((s, k) => {
    const sentence: ConlluSentence = {
      comments: [`# sent_id = ${id}-${k + 1}`, `# text = ${text.slice(s.start, s.end).replace(/\s+/g, ' ')}`],
      words: [],
      passThrough: [],
    };
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = doc.tokens[i];
      const misc = [`TokenRange=${t.start}:${t.end}`];
      if (i + 1 < s.endToken && doc.tokens[i + 1].start === t.end) misc.unshift('SpaceAfter=No');
      sentence.words.push({
        id: i - s.firstToken + 1,
        form: text.slice(t.start, t.end).replace(/\s/g, '_'),
        lemma: syn.lemma[i],
        upos: syn.upos[i],
        xpos: syn.xpos[i],
        feats: '_',
        head: syn.head[i] < 0 ? 0 : syn.head[i] - s.firstToken + 1,
        deprel: syn.deprel[i],
        deps: '_',
        misc: misc.join('|'),
      });
    }
    out += writeConllu(sentence);
  });
  return out;
}

export function parseConllu(input: string): string {
  const model = syntaxModel();
  let out = '';
  for (const s of readConllu(input)) {
    const a = model.analyze(s.words.map((w) => w.form));
    s.words.forEach((w, k) => {
      w.upos = a.upos[k];
      w.xpos = a.xpos[k];
      w.lemma = a.lemma[k];
      w.head = a.head[k] < 0 ? 0 : a.head[k] + 1;
      w.deprel = a.deprel[k];
    });
    out += writeConllu(s);
  }
  return out;
}
