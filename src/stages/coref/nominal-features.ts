// The features of the nominal ranker, declared once for training (scripts/train-coref.mjs) and
// scoring (./mention-ranker.ts) so the two cannot drift. A definite description ("the company", "the
// storm", "the parents") gets one candidate per entity named in the last sentences, plus a "no
// antecedent" candidate; each carries string features:
//   the noun against the entity's type      "company" with ORG, the noun's GloVe cluster with ORG
//   how the text ties them                  predicate ("Coron is the largest town"), apposition, the
//                                           noun in the name ("the mosque"), a title ("Gov. X")
//   where the entity was named              sentences back, recency rank, role, how often
//   the rules' choice                       ./nominal-resolver.ts: the ranker learns when to trust it
import type { Doc } from '../../core/document.js';
import type { Entity } from '../../core/records/entity.js';
import { getLexicon } from '../entities/lexicon.js';
import { wordClusters } from '../syntax/word-features.js';
import type { Gender } from './agreement.js';
import type { MentionHistory } from './mention-history.js';
import { tokenAt } from './mention-roles.js';
import { GENDERED, kindTypes, orgKindFits, titleFits, type Nominal } from './nominal-resolver.js';

export interface RankedCandidate {
  /** null: the description names no entity seen so far. */
  entity: Entity | null;
  features: string[];
}

/** Sentences back that a description may reach. */
export const NOMINAL_LOOKBACK = 12;

export function nominalCandidates(doc: Doc, history: MentionHistory, genders: Map<Entity, Gender | null>, n: Nominal, rule: Entity | null): RankedCandidate[] {
  const self = history.locate(n.start, n.end);
  const noun = n.noun;
  const c8 = cluster(noun, 8);
  const c12 = cluster(noun, 12);
  const of = doc.tokens[n.head + 1]?.lower === 'of';
  const mods = Math.min(n.head - tokenAt(doc, n.start) - 1, 2);
  const known = kindTypes(noun);
  const pl = n.plural ? 'p' : 's';
  const out: RankedCandidate[] = [
    {
      entity: null,
      features: ['null', `null|n:${noun}`, `null|c8:${c8}`, `null|c12:${c12}`, `null|pl:${pl}`, `null|of:${of}`, `null|mods:${mods}`, `null|role:${self.role}`, `null|rule:${rule !== null}`, `null|kind:${known ? known[0] : 'none'}`],
    },
  ];
  const linked = parseLinks(doc, history, n);
  const candidates = history.before(n.start, NOMINAL_LOOKBACK);
  const seen = new Set(candidates.map((c) => c.entity));
  for (const e of linked.keys()) if (!seen.has(e)) candidates.push({ entity: e, last: history.place(n.start, n.end, e), role: 'other', count: 0, total: 0 });
  candidates.sort((a, b) => b.last.start - a.last.start);
  const lex = getLexicon();
  candidates.forEach((c, rank) => {
    const e = c.entity;
    const t = e.type;
    const f = ['b', `t:${t}|n:${noun}`, `t:${t}|c8:${c8}`, `t:${t}|c12:${c12}`, `t:${t}|pl:${pl}`, `t:${t}|of:${of}`, `t:${t}|mods:${mods}`];
    f.push(`kind:${known ? known.includes(t) : 'none'}`);
    const distance = Math.max(0, self.sentence - c.last.sentence);
    f.push(`d:${bucket(distance)}`, `d:${bucket(distance)}|t:${t}`, `rank:${Math.min(rank, 4)}`, `role:${c.role}`, `cnt:${bucket(c.count)}`, `tot:${bucket(c.total)}`);
    if (self.paragraph === c.last.paragraph) f.push('para');
    if (c.last.quoted) f.push('quoted');
    const link = linked.get(e);
    if (link) f.push(`link:${link}`, `link:${link}|t:${t}`);
    if (e === rule) f.push('rule', `rule|t:${t}`);
    const words = e.name.toLowerCase().split(/\s+/);
    if (words.includes(noun)) f.push('nameword');
    else if (history.kindsOf(e).has(noun)) f.push('kindword');
    if (words.some((w) => cluster(w, 12) === c12 && c12 !== 'none')) f.push('namecluster');
    if (t === 'PERSON' && titleFits(e, noun)) f.push('title');
    if ((t === 'ORG' || t === 'MISC') && known?.includes('ORG')) f.push(`orgkind:${orgKindFits(history, e, noun)}`);
    if (t === 'GPE') f.push(`country:${lex.countries.has(e.name.toLowerCase())}|n:${noun}`);
    const g = GENDERED[noun];
    if (g && genders.get(e) && genders.get(e) !== g) f.push('gender-clash');
    out.push({ entity: e, features: f });
  });
  return out;
}

/**
 * Entities the parse ties the description to: the subject of its copula ("X is the largest town"),
 * its apposition either way ("X, the company", "the company, X"), or a name right after the noun
 * ("the match referee Ann Cole").
 */
function parseLinks(doc: Doc, history: MentionHistory, n: Nominal): Map<Entity, string> {
  const out = new Map<Entity, string>();
  const syntax = doc.syntax;
  const at = (token: number, how: string): void => {
    const m = token >= 0 && token < doc.tokens.length ? history.covering(doc.tokens[token].start) : null;
    if (m && !out.has(m.entity)) out.set(m.entity, `${how}-${m.form}`);
  };
  if (syntax) {
    const { sentence } = doc.tokens[n.head];
    let cop = false;
    let subject = -1;
    for (let i = doc.sentences[sentence].firstToken; i < doc.sentences[sentence].endToken; i++) {
      if (syntax.head[i] !== n.head) continue;
      if (syntax.deprel[i] === 'cop') cop = true;
      else if (syntax.deprel[i].startsWith('nsubj')) subject = i;
      else if (syntax.deprel[i] === 'appos') at(i, 'appos');
    }
    if (cop && subject >= 0) at(subject, 'pred');
    if (syntax.deprel[n.head] === 'appos') at(syntax.head[n.head], 'appos');
  }
  const next = doc.tokens[n.head + 1];
  if (next && next.pos === 'PROPN') at(n.head + 1, 'next');
  return out;
}

function bucket(x: number): string {
  return x <= 2 ? String(x) : x <= 4 ? '3-4' : x <= 8 ? '5-8' : '9+';
}

function cluster(word: string, bits: number): string {
  const packed = wordClusters().get(word);
  if (packed === undefined) return 'none';
  const len = packed >>> 16;
  const q = Math.min(bits, len);
  return ((packed & 0xffff) >>> (len - q)).toString(2).padStart(q, '0');
}
