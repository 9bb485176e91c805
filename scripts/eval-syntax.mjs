#!/usr/bin/env node
// Scores the syntax component (data/models/syntax.bin) on CoNLL-U files: UPOS, XPOS, lemma
// accuracy, UAS and LAS (LAS on the universal relation, the part before ':', as the CoNLL 2018 shared
// task scores it; punctuation included), two ways:
//   treebank tokens   the file's own words, tagged and parsed
//   raw text          each sentence's `# text` through Storyline's own segmenter (sentences and
//                     tokens), aligned to the gold words by character span; a gold word without a
//                     system token of the same span counts as wrong, and a head is right when it
//                     has the gold head's span (or both are roots). Sentence splits count too.
//
//   npm run eval:syntax [-- FILE.conllu ...]     (default: ewt-dev and gum-dev of ../shared/data/ud-english)
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.STORYLINE_SHARED ?? join(root, '..', 'shared');
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (files.length === 0) for (const f of ['ewt-dev.conllu', 'gum-dev.conllu']) files.push(join(shared, 'data', 'ud-english', f));

const dist = (p) => import(join(root, 'dist', p));
const { readConllu, sentenceText } = await dist('stages/syntax/conllu.js');
const { syntaxModel } = await dist('stages/syntax/syntax-model.js');
const { Doc } = await dist('core/document.js');
const { segmentStage } = await dist('stages/segment/wink-segmenter.js');
const { syntaxStage } = await dist('stages/syntax/syntax-stage.js');

const model = syntaxModel();
const base = (rel) => rel.split(':')[0];

function scoreTreebank(sentences) {
  const c = { upos: 0, xpos: 0, lemma: 0, uas: 0, las: 0, n: 0 };
  for (const s of sentences) {
    const a = model.analyze(s.words.map((w) => w.form));
    s.words.forEach((w, k) => {
      c.n++;
      if (a.upos[k] === w.upos) c.upos++;
      if (a.xpos[k] === w.xpos) c.xpos++;
      if (a.lemma[k] === w.lemma) c.lemma++;
      const head = a.head[k] < 0 ? 0 : a.head[k] + 1;
      if (head === w.head) {
        c.uas++;
        if (base(a.deprel[k]) === base(w.deprel)) c.las++;
      }
    });
  }
  return c;
}

/** Gold words' character spans in the sentence text, found left to right; null where not found. */
function goldSpans(text, words) {
  const spans = [];
  let at = 0;
  for (const w of words) {
    const i = text.indexOf(w.form, at);
    if (i < 0 || i - at > 20) spans.push(null);
    else {
      spans.push([i, i + w.form.length]);
      at = i + w.form.length;
    }
  }
  return spans;
}

function scoreRaw(sentences) {
  const c = { upos: 0, xpos: 0, lemma: 0, uas: 0, las: 0, n: 0, aligned: 0, system: 0 };
  for (const s of sentences) {
    const text = sentenceText(s);
    if (text === null) continue;
    const doc = Doc.create(text, { id: 's' });
    segmentStage.run(doc, { published: null });
    syntaxStage.run(doc, { published: null });
    const syn = doc.syntax;
    const bySpan = new Map(doc.tokens.map((t, i) => [`${t.start}:${t.end}`, i]));
    const spans = goldSpans(text, s.words);
    const key = (span) => (span ? `${span[0]}:${span[1]}` : null);
    c.system += doc.tokens.length;
    s.words.forEach((w, k) => {
      c.n++;
      const i = spans[k] ? bySpan.get(key(spans[k])) : undefined;
      if (i === undefined) return;
      c.aligned++;
      if (syn.upos[i] === w.upos) c.upos++;
      if (syn.xpos[i] === w.xpos) c.xpos++;
      if (syn.lemma[i] === w.lemma) c.lemma++;
      const sysHead = syn.head[i];
      const goldHead = w.head === 0 ? null : spans[w.head - 1];
      const ok = goldHead === null ? sysHead < 0 : sysHead >= 0 && key(goldHead) === `${doc.tokens[sysHead].start}:${doc.tokens[sysHead].end}`;
      if (ok) {
        c.uas++;
        if (base(syn.deprel[i]) === base(w.deprel)) c.las++;
      }
    });
  }
  return c;
}

const pct = (x, n) => (n ? x / n : 0).toFixed(4);
const summary = [];
for (const file of files) {
  const sentences = [...readConllu(readFileSync(file, 'utf8'))];
  const name = basename(file, '.conllu');
  const t0 = performance.now();
  const tb = scoreTreebank(sentences);
  const seconds = (performance.now() - t0) / 1000;
  const raw = scoreRaw(sentences);
  console.log(`${name}: ${sentences.length} sentences, ${tb.n} words (${Math.round(tb.n / seconds)} words/s tagged, lemmatised and parsed)`);
  console.log(`  treebank tokens  UPOS ${pct(tb.upos, tb.n)}  XPOS ${pct(tb.xpos, tb.n)}  lemma ${pct(tb.lemma, tb.n)}  UAS ${pct(tb.uas, tb.n)}  LAS ${pct(tb.las, tb.n)}`);
  console.log(`  raw text         UPOS ${pct(raw.upos, raw.n)}  XPOS ${pct(raw.xpos, raw.n)}  lemma ${pct(raw.lemma, raw.n)}  UAS ${pct(raw.uas, raw.n)}  LAS ${pct(raw.las, raw.n)}  (words aligned ${pct(raw.aligned, raw.n)}, token precision ${pct(raw.aligned, raw.system)})`);
  summary.push([name, tb, raw]);
}
for (const [name, tb, raw] of summary) {
  console.log(`syntax-${name}-upos: ${pct(tb.upos, tb.n)}`);
  console.log(`syntax-${name}-uas: ${pct(tb.uas, tb.n)}`);
  console.log(`syntax-${name}-las: ${pct(tb.las, tb.n)}`);
  console.log(`syntax-${name}-raw-las: ${pct(raw.las, raw.n)}`);
}
