// CoNLL-U reading and writing (https://universaldependencies.org/format.html): the treebanks the
// syntax models learn from, `storyline parse` output, and `--input-format conllu` input, whose
// multiword-token lines ("1-2 don't") and empty nodes ("8.1") pass through untouched.

export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 1-based head index, 0 for the root, -1 when not given ("_"). */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

export interface ConlluSentence {
  comments: string[];
  words: ConlluWord[];
  /** Multiword-token and empty-node lines, each kept before the word whose id follows it. */
  passThrough: { before: number; line: string }[];
}

export function* readConllu(text: string): Generator<ConlluSentence> {
  let sentence: ConlluSentence = { comments: [], words: [], passThrough: [] };
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].replace(/\r$/, '');
    if (line.trim() === '') {
      if (sentence.words.length > 0 || sentence.comments.length > 0) yield sentence;
      sentence = { comments: [], words: [], passThrough: [] };
      continue;
    }
    if (line.startsWith('#')) {
      sentence.comments.push(line);
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) throw new Error(`CoNLL-U line ${n + 1}: expected 10 tab-separated columns, found ${cols.length}`);
    if (!/^\d+$/.test(cols[0])) {
      // "3-4" (a multiword token, before word 3) or "8.1" (an empty node, after word 8).
      const before = cols[0].includes('-') ? Number(cols[0].split('-')[0]) : Math.floor(Number(cols[0])) + 1;
      sentence.passThrough.push({ before, line });
      continue;
    }
    sentence.words.push({
      id: Number(cols[0]),
      form: cols[1],
      lemma: cols[2],
      upos: cols[3],
      xpos: cols[4],
      feats: cols[5],
      head: cols[6] === '_' ? -1 : Number(cols[6]),
      deprel: cols[7],
      deps: cols[8],
      misc: cols[9],
    });
  }
  if (sentence.words.length > 0) yield sentence;
}

/** The `# text = ...` comment's text, if present. */
export function sentenceText(s: ConlluSentence): string | null {
  for (const c of s.comments) if (c.startsWith('# text = ')) return c.slice('# text = '.length);
  return null;
}

export function writeConllu(s: ConlluSentence): string {
  const out = [...s.comments];
  let p = 0;
  const pass = [...s.passThrough].sort((a, b) => a.before - b.before);
  for (const w of s.words) {
    while (p < pass.length && pass[p].before <= w.id) out.push(pass[p++].line);
    out.push([w.id, w.form, w.lemma, w.upos, w.xpos, w.feats, w.head < 0 ? '_' : w.head, w.deprel, w.deps, w.misc].join('\t'));
  }
  while (p < pass.length) out.push(pass[p++].line);
  return `${out.join('\n')}\n\n`;
}
