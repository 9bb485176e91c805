// Reads GUM's entity and coreference layer (the `Entity=` brackets in the MISC column) into documents:
// the text rebuilt from the sentences' `# text` lines (a space between sentences, a newline at a
// paragraph, which Storyline's segmenter reads as a paragraph break), each word's character span in
// that text, and each mention with its chain (the bracket's first number), type, words and head word
// (the one word of the mention whose head lies outside it). A mention is named when its head is a PROPN.
//   (12-person-new-...        opens a mention of chain 12 at this word
//   12)                       closes the innermost open mention of chain 12
//   (12-person-giv:act-...)   a one-word mention
export function readGumDocuments(sentences, sentenceText) {
  const docs = [];
  let doc = null;
  for (const s of sentences) {
    const newDoc = s.comments.find((c) => c.startsWith('# newdoc id = '));
    if (newDoc || !doc) {
      doc = { id: newDoc ? newDoc.slice('# newdoc id = '.length) : `doc-${docs.length + 1}`, text: '', words: [], mentions: [], open: new Map() };
      docs.push(doc);
    } else {
      doc.text += s.comments.some((c) => c.startsWith('# newpar')) ? '\n' : ' ';
    }
    addSentence(doc, s, sentenceText(s) ?? s.words.map((w) => w.form).join(' '));
  }
  for (const d of docs) {
    delete d.open;
    for (const m of d.mentions) m.head = headOf(d.words, m);
    for (const m of d.mentions) m.named = d.words[m.head].upos === 'PROPN';
  }
  return docs;
}

function addSentence(doc, s, text) {
  const base = doc.text.length;
  const first = doc.words.length;
  doc.text += text;
  let at = 0;
  for (const w of s.words) {
    const k = text.indexOf(w.form, at);
    // A form that differs from the text (rare) takes the next character run: its span stays inside the sentence.
    const start = k >= 0 ? k : at;
    const end = k >= 0 ? k + w.form.length : Math.min(text.length, at + w.form.length);
    at = end;
    doc.words.push({ start: base + start, end: base + end, form: w.form, upos: w.upos, head: w.head > 0 ? first + w.head - 1 : -1, deprel: w.deprel });
  }
  s.words.forEach((w, k) => {
    const m = /(?:^|\|)Entity=([^|]*)/.exec(w.misc);
    if (m) readBrackets(doc, m[1], first + k);
  });
}

function readBrackets(doc, value, word) {
  let i = 0;
  while (i < value.length) {
    if (value[i] === '(') {
      let j = i + 1;
      while (j < value.length && value[j] !== '(' && value[j] !== ')') j++;
      const fields = value.slice(i + 1, j).split('-');
      const mention = { chain: fields[0], type: fields[1], first: word, last: word };
      if (value[j] === ')') {
        doc.mentions.push(mention);
        j++;
      } else {
        if (!doc.open.has(mention.chain)) doc.open.set(mention.chain, []);
        doc.open.get(mention.chain).push(mention);
      }
      i = j;
    } else {
      const m = /^(\d+)\)/.exec(value.slice(i));
      if (!m) { i++; continue; }
      const mention = doc.open.get(m[1])?.pop();
      if (mention) {
        mention.last = word;
        doc.mentions.push(mention);
      }
      i += m[0].length;
    }
  }
}

function headOf(words, m) {
  for (let k = m.first; k <= m.last; k++) {
    const h = words[k].head;
    if (h < m.first || h > m.last) return k;
  }
  return m.first;
}
