// GUM (CoNLL-U with an entity layer in MISC) as name-tagger gold in the CoNLL-2003 form the trainer
// and the scorers read: one GoldDoc per `# newdoc`, text rebuilt from the tokens (SpaceAfter=No kept,
// one sentence a line), names typed PER, ORG, LOC or MISC. GUM marks every mention (pronouns and
// descriptions too), as whole phrases ("the University of Portsmouth"); a name here is:
//   - a mention headed by a proper noun (UPOS PROPN), cut to the run of proper nouns around its head,
//     bridged by name-internal particles ("University of Portsmouth", "Bashar al-Assad"): no article,
//     title or description around it, as CoNLL-2003 marks names;
//   - typed by the mention: person -> PER, organization -> ORG, place -> LOC, event, object (products,
//     vehicles) and abstract (laws, languages, works) -> MISC when GUM links them to Wikipedia; time
//     and quantity mentions are not names in CoNLL-2003 ("Monday", "January"); a sentence with a name
//     of any other kind (an unlinked abstract: a citation, "Figure 3"; a named animal) is left out;
//   - outermost first: a name inside a longer name's run ("Portsmouth" in "University of Portsmouth")
//     is part of it, not a second name;
//   - CoNLL-2003 calls nationalities MISC, GUM calls "Americans" a person group and gives adjectives
//     ("Spanish art") no mention of their own: a single-word name or a capitalised adjective
//     (not a sentence's first word) that the lexicon knows as a demonym becomes MISC.
import type { GoldDoc, GoldEntity } from './ner-training.js';

interface GumToken {
  form: string;
  upos: string;
  /** Penn tag: GUM keeps NNP on a name's word of another part of speech ("United" in "United States", a VERB). */
  xpos: string;
  /** Head, as an index into the sentence's tokens (-1 for the root). */
  head: number;
  spaceAfter: boolean;
}

interface GumMention {
  type: string;
  /** Its Wikipedia identity, when GUM links it ("" otherwise). */
  identity: string;
  /** Token range [first, end) in the sentence. */
  first: number;
  end: number;
}

const TYPE_MAP: Record<string, string> = {
  person: 'PER',
  organization: 'ORG',
  place: 'LOC',
  event: 'MISC',
  object: 'MISC',
  abstract: 'MISC',
};

/** Lower-case words that may join proper nouns inside one name ("Bank of America", "Ibn al-Khattab"). */
const NAME_JOINERS = new Set(['of', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'the', 'for', '-']);
/** Joiners that may also coordinate two names ("Smith and Jones"): inside a name only when no mention starts after them. */
const COORDINATORS = new Set(['and', '&']);

const ENTITY_PART = /\((\d+)-([^()]*)(\)?)|(\d+)\)/g;

function parseSentence(lines: string[]): { tokens: GumToken[]; mentions: GumMention[] } {
  const tokens: GumToken[] = [];
  const ids: string[] = [];
  const heads: string[] = [];
  const entityFields: string[] = [];
  for (const line of lines) {
    const cols = line.split('\t');
    if (cols.length < 10 || !/^\d+$/.test(cols[0])) continue; // multiword ranges and empty nodes
    const misc = cols[9].split('|');
    ids.push(cols[0]);
    heads.push(cols[6]);
    tokens.push({ form: cols[1], upos: cols[3], xpos: cols[4], head: -1, spaceAfter: !misc.includes('SpaceAfter=No') });
    entityFields.push(misc.find((m) => m.startsWith('Entity='))?.slice(7) ?? '');
  }
  const position = new Map(ids.map((id, i) => [id, i]));
  tokens.forEach((t, i) => { t.head = position.get(heads[i]) ?? -1; });
  const mentions: GumMention[] = [];
  const open: { id: string; type: string; identity: string; first: number }[] = [];
  entityFields.forEach((field, i) => {
    for (const m of field.matchAll(ENTITY_PART)) {
      if (m[1] !== undefined) {
        // etype-infstat-salience-centering-minspan-link[-identity]
        const fields = m[2].split('-');
        const type = fields[0];
        const identity = fields[6] ?? '';
        if (m[3]) mentions.push({ type, identity, first: i, end: i + 1 });
        else open.push({ id: m[1], type, identity, first: i });
      } else {
        const at = open.map((o) => o.id).lastIndexOf(m[4]);
        if (at < 0) continue;
        const [o] = open.splice(at, 1);
        mentions.push({ type: o.type, identity: o.identity, first: o.first, end: i + 1 });
      }
    }
  });
  return { tokens, mentions };
}

/** The mention's head: its token whose head lies outside it (the first such). */
function headOf(tokens: GumToken[], m: GumMention): number {
  for (let i = m.first; i < m.end; i++) if (tokens[i].head < m.first || tokens[i].head >= m.end) return i;
  return m.first;
}

const isProper = (t: GumToken) => (t.upos === 'PROPN' || t.xpos.startsWith('NNP')) && /^[\p{Lu}\p{N}]/u.test(t.form);
/** A capitalised adjective or noun inside a name, not a sentence's first word ("New York", "American Revolution"). */
const isCapitalisedPart = (tokens: GumToken[], k: number) => k > 0 && (tokens[k].upos === 'ADJ' || tokens[k].upos === 'NOUN') && /^\p{Lu}/u.test(tokens[k].form);

/** The run of proper nouns around the mention's head, with joiners inside it. */
function nameRun(tokens: GumToken[], m: GumMention, head: number, starts: Uint8Array): [number, number] {
  // Token k joins the proper nouns around it (k - 1 and k + 1).
  const joins = (k: number) => {
    const w = tokens[k].form.toLowerCase();
    return NAME_JOINERS.has(w) || (COORDINATORS.has(w) && !starts[k + 1]);
  };
  let first = head;
  let end = head + 1;
  for (;;) {
    if (first > m.first && (isProper(tokens[first - 1]) || isCapitalisedPart(tokens, first - 1))) first--;
    else if (first - 1 > m.first && joins(first - 1) && isProper(tokens[first - 2])) first -= 2;
    else break;
  }
  for (;;) {
    if (end < m.end && isProper(tokens[end])) end++;
    else if (end + 1 < m.end && joins(end) && isProper(tokens[end + 1])) end += 2;
    else break;
  }
  return [first, end];
}

/** GUM documents as CoNLL-style gold; `words` tells demonyms and titles (the lexicon's). */
export interface GumWords {
  /** A lower-case word naming a nationality or people ("american", "americans"). */
  isDemonym(lower: string): boolean;
  /** A lower-case title or honorific ("president", "general", "mr."), which CoNLL leaves outside a person's name. */
  isTitle(lower: string): boolean;
}

export function gumGoldDocs(conllu: string, words: GumWords): GoldDoc[] {
  const docs: GoldDoc[] = [];
  let doc: GoldDoc | null = null;
  let sentence: string[] = [];
  const flush = () => {
    if (!sentence.length) return;
    doc ??= { id: `gum-${docs.length + 1}`, text: '', tokens: [], entities: [] };
    if (!docs.includes(doc)) docs.push(doc);
    addSentence(doc, sentence, words);
    sentence = [];
  };
  for (const line of conllu.split('\n')) {
    const newdoc = /^# newdoc id = (\S+)/.exec(line);
    if (newdoc) {
      flush();
      doc = { id: newdoc[1], text: '', tokens: [], entities: [] };
      docs.push(doc);
    } else if (line.trim() === '') flush();
    else if (!line.startsWith('#')) sentence.push(line);
  }
  flush();
  return docs.filter((d) => d.tokens.length > 0);
}

function addSentence(doc: GoldDoc, lines: string[], { isDemonym, isTitle }: GumWords): void {
  const { tokens, mentions } = parseSentence(lines);
  if (!tokens.length) return;
  // Named mentions whose CoNLL type we cannot tell (a citation "Marsden 2012" or "Figure 3" as an
  // abstract with no Wikipedia link; a named animal) would teach that a name is no name: such a
  // sentence is left out.
  const proper = mentions.filter((m) => isProper(tokens[headOf(tokens, m)]));
  if (proper.some((m) => (m.type in TYPE_MAP ? TYPE_MAP[m.type] === 'MISC' && !m.identity : m.type !== 'time' && m.type !== 'quantity'))) return;
  const starts = new Uint8Array(tokens.length + 1);
  for (const m of mentions) starts[m.first] = 1;
  if (doc.text) doc.text += '\n';
  const offsets: [number, number][] = [];
  tokens.forEach((t, i) => {
    const start = doc.text.length;
    doc.text += t.form;
    offsets.push([start, doc.text.length]);
    if (t.spaceAfter && i < tokens.length - 1) doc.text += ' ';
  });
  doc.tokens.push(...offsets);
  // Outermost mentions first, so a name's run claims the names nested in it.
  const named: { first: number; end: number; type: string }[] = [];
  const taken = new Uint8Array(tokens.length);
  for (const m of [...mentions].sort((a, b) => b.end - b.first - (a.end - a.first) || a.first - b.first)) {
    const type = TYPE_MAP[m.type];
    if (!type) continue;
    const head = headOf(tokens, m);
    if (!isProper(tokens[head])) continue;
    const run = nameRun(tokens, m, head, starts);
    let first = run[0];
    const end = run[1];
    while (TYPE_MAP[m.type] === 'PER' && end - first > 1 && isTitle(tokens[first].form.toLowerCase())) first++;
    // "the Secretary", "the Emperor": a title alone names no one in CoNLL-2003.
    if (end - first === 1 && isTitle(tokens[first].form.toLowerCase())) continue;
    let free = true;
    for (let i = first; i < end; i++) if (taken[i]) free = false;
    if (!free) continue;
    for (let i = first; i < end; i++) taken[i] = 1;
    const single = end - first === 1 && isDemonym(tokens[first].form.toLowerCase());
    named.push({ first, end, type: single ? 'MISC' : type });
  }
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!taken[i] && t.upos === 'ADJ' && /^\p{Lu}\p{Ll}/u.test(t.form) && isDemonym(t.form.toLowerCase())) named.push({ first: i, end: i + 1, type: 'MISC' });
  }
  named.sort((a, b) => a.first - b.first);
  const entities: GoldEntity[] = named.map((n) => ({ start: offsets[n.first][0], end: offsets[n.end - 1][1], type: n.type }));
  doc.entities.push(...entities);
}
