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

const PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'they', 'them', 'their']);
const IT = new Set(['it', 'its']);
// 'it' is the measure (an organisation's it/its); GUM dev has three such mentions, so
// 'it-other' reports it/its in named chains of the other non-person types (places, events, works) beside it.
export const KINDS = ['pronoun', 'it', 'nominal', 'it-other'];

function kindOf(doc, m, chainType) {
  const head = doc.words[m.head];
  const lower = head.form.toLowerCase();
  if (m.first === m.last && PRONOUNS.has(lower)) return 'pronoun';
  if (m.first === m.last && IT.has(lower)) return chainType === 'organization' ? 'it' : chainType === 'person' ? null : 'it-other';
  if (doc.words[m.first].form.toLowerCase() === 'the' && head.upos === 'NOUN') return 'nominal';
  return null;
}

export function emptyScore() {
  return { counts: Object.fromEntries(KINDS.map((k) => [k, { right: 0, found: 0, all: 0 }])), b3: { p: 0, r: 0, n: 0 } };
}

export function addScore(total, one) {
  for (const k of KINDS) for (const f of ['right', 'found', 'all']) total.counts[k][f] += one.counts[k][f];
  for (const f of ['p', 'r', 'n']) total.b3[f] += one.b3[f];
}

/** Scores one Storyline document (`sys`, with entities) against a GUM document; pushes error lines to `errors` if given. */
export function scoreDocument(doc, sys, errors) {
  const score = emptyScore();
  const placed = [];
  for (const e of sys.entities) for (const m of e.mentions) placed.push({ start: m.start, end: m.end, form: m.form, entity: e });
  // The smallest Storyline mention covering a gold mention's head word.
  const align = (m, names = false) => {
    const w = doc.words[m.head];
    let best = null;
    for (const p of placed) {
      if (p.start > w.start || p.end < w.end) continue;
      if (names && (p.form === 'pronoun' || p.form === 'description')) continue;
      if (!best || p.end - p.start < best.end - best.start) best = p;
    }
    return best;
  };
  const chains = new Map();
  for (const m of doc.mentions) {
    if (!chains.has(m.chain)) chains.set(m.chain, []);
    chains.get(m.chain).push(m);
  }
  const scored = [];
  for (const [chain, ms] of chains) {
    const names = ms.filter((m) => m.named);
    if (names.length === 0) continue;
    const nameEntities = new Set(names.map((m) => align(m, true)?.entity).filter(Boolean));
    for (const m of ms) {
      const kind = m.named ? 'name' : kindOf(doc, m, ms[0].type);
      if (!kind) continue;
      const got = align(m)?.entity ?? null;
      // B-cubed keeps to the kinds, so it stays comparable.
      if (kind !== 'it-other') scored.push({ chain, entity: got });
      if (kind === 'name') continue;
      const c = score.counts[kind];
      c.all++;
      if (nameEntities.size === 0) continue;
      c.found++;
      if (got && nameEntities.has(got)) c.right++;
      else if (errors) {
        const w = doc.words[m.head];
        const context = `${doc.text.slice(Math.max(0, w.start - 60), w.start)}[${w.form}]${doc.text.slice(w.end, w.end + 20)}`.replace(/\n/g, ' ');
        const gold = doc.words.slice(names[0].first, names[0].last + 1).map((x) => x.form).join(' ');
        errors.push(`${kind.padEnd(7)} ${doc.id} «${context}» gold ${JSON.stringify(gold)}, got ${got ? JSON.stringify(got.name) : '(none)'}`);
      }
    }
  }
  // B-cubed over the scored mentions.
  for (const a of scored) {
    const sysCluster = a.entity ? scored.filter((b) => b.entity === a.entity) : [a];
    const goldCluster = scored.filter((b) => b.chain === a.chain);
    const both = sysCluster.filter((b) => b.chain === a.chain).length;
    score.b3.p += both / sysCluster.length;
    score.b3.r += both / goldCluster.length;
    score.b3.n++;
  }
  return score;
}
