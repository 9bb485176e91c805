// The features of the nominal ranker, declared once for training (scripts/train-coref.mjs) and
// scoring (./nominal-ranker.ts) so the two cannot drift. A definite description ("the company", "the
// city", "the governor") gets one candidate per entity named in the last sentences and per topic of
// the article named further back (three mentions in the last 400: "the nation" for a country named
// at the top), plus a "no antecedent" candidate; each carries string features:
//   the entity's type against the noun's kind  "company" with ORG (./nominal-resolver.ts's nouns), plural, "of" after
//   how the text ties them                  predicate ("Tarsa is the largest town"), apposition, the
//                                           noun in the name ("the mosque") or a name word of its GloVe
//                                           cluster, a title ("Gov. X"), an organisation of the noun's kind
//   where the entity was named              sentences back, recency rank, role, how often
//   the rules' choice                       ./nominal-resolver.ts: the ranker learns when to trust it
// No feature holds the noun itself or its cluster: with some 300 named antecedents in GUM train they
// overfit (4-fold on train, named weight 8, epoch 7: named antecedents right 0.51 with them, 0.56 without).
import type { Doc } from '../../core/document.js';
import type { Entity } from '../../core/records/entity.js';
import { getLexicon } from '../entities/lexicon.js';
import { wordClusters } from '../syntax/word-features.js';
import { isFamily, type Gender } from './agreement.js';
import type { MentionHistory } from './mention-history.js';
import { tokenAt } from './mention-roles.js';
import { COUNTRY_NOUNS, GENDERED, kindTypes, SETTLEMENT_NOUNS, orgKindFits, titleFits, type Nominal } from './nominal-resolver.js';

export interface RankedCandidate {
  /** null: the description names no entity seen so far. */
  entity: Entity | null;
  features: string[];
}

/** Sentences back that a description may reach. */
export const NOMINAL_LOOKBACK = 12;
/** Mentions an entity needs in the last few hundred to be a candidate from beyond the look-back. */
const WIDE_LEAST = 3;

export function nominalCandidates(doc: Doc, history: MentionHistory, genders: Map<Entity, Gender | null>, n: Nominal, rule: Entity | null): RankedCandidate[] {
  const self = history.locate(n.start, n.end);
  const noun = n.noun;
  const c12 = cluster(noun, 12);
  const of = doc.tokens[n.head + 1]?.lower === 'of';
  const mods = Math.min(n.head - tokenAt(doc, n.start) - 1, 2);
  const known = kindTypes(noun);
  const pl = n.plural ? 'p' : 's';
  const out: RankedCandidate[] = [
    {
      entity: null,
      features: ['null', `null|pl:${pl}`, `null|of:${of}`, `null|mods:${mods}`, `null|role:${self.role}`, `null|rule:${rule !== null}`, `null|kind:${known ? known[0] : 'none'}`],
    },
  ];
  const linked = parseLinks(doc, history, n);
  const candidates = history.before(n.start, NOMINAL_LOOKBACK);
  const seen = new Set(candidates.map((c) => c.entity));
  for (const c of history.frequentBefore(n.start, WIDE_LEAST, seen)) {
    candidates.push(c);
    seen.add(c.entity);
  }
  for (const e of linked.keys()) if (!seen.has(e)) candidates.push({ entity: e, last: history.place(n.start, n.end, e), role: 'other', count: 0, total: 0 });
  candidates.sort((a, b) => b.last.start - a.last.start);
  const lex = getLexicon();
  candidates.forEach((c, rank) => {
    const e = c.entity;
    const t = e.type;
    const f = ['b', `t:${t}|pl:${pl}`, `t:${t}|of:${of}`, `t:${t}|mods:${mods}`];
    f.push(`kind:${known ? known.includes(t) : 'none'}`);
    const distance = Math.max(0, self.sentence - c.last.sentence);
    if (distance > NOMINAL_LOOKBACK) f.push('wide');
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
    if (isFamily(doc, e)) f.push(`family|pl:${pl}`);
    if ((t === 'ORG' || t === 'MISC') && known?.includes('ORG')) f.push(`orgkind:${orgKindFits(history, e, noun)}`);
    if (t === 'GPE') f.push(`country:${lex.countries.has(e.name.toLowerCase())}|${COUNTRY_NOUNS.has(noun) ? 'country' : SETTLEMENT_NOUNS.has(noun) ? 'settlement' : 'other'}`);
    const g = GENDERED[noun];
    if (g && genders.get(e) && genders.get(e) !== g) f.push('gender-clash');
    out.push({ entity: e, features: f });
  });
  return out;
}

/**
 * Entities the text ties the description to, and how: the subject of its copula ("X is the largest
 * town") or the predicate it is the subject of ("the first settlers were the X"), the subject of a
 * verb it completes ("X became the eldest son", "X served as the capital"), its apposition either
 * way, a name right after the noun ("the match referee Ann Cole"), after its comma ("for the
 * appellant, X") or after "of" ("the province of X").
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
    const first = doc.sentences[sentence].firstToken;
    const end = doc.sentences[sentence].endToken;
    const child = (h: number, rel: (r: string) => boolean): number => {
      for (let i = first; i < end; i++) if (syntax.head[i] === h && rel(syntax.deprel[i])) return i;
      return -1;
    };
    const subjectOf = (h: number): number => child(h, (r) => r.startsWith('nsubj'));
    const h = syntax.head[n.head];
    const rel = syntax.deprel[n.head];
    if (child(n.head, (r) => r === 'cop') >= 0) at(subjectOf(n.head), 'pred');
    for (let i = first; i < end; i++) if (syntax.head[i] === n.head && syntax.deprel[i] === 'appos') at(i, 'appos');
    if (rel === 'appos') at(h, 'appos');
    // The description as the subject of a predicate name.
    if (rel.startsWith('nsubj') && h >= 0 && child(h, (r) => r === 'cop') >= 0) at(h, 'pred');
    // "X became the eldest son", "X remained the main benefactor", "X served as the capital".
    if (h >= 0 && (rel === 'xcomp' || (rel === 'obl' && child(n.head, (r) => r === 'case') >= 0 && doc.tokens[child(n.head, (r) => r === 'case')].lower === 'as'))) at(subjectOf(h), 'xcomp');
  }
  const next = doc.tokens[n.head + 1];
  const proper = (k: number): boolean => k < doc.tokens.length && (syntax ? syntax.upos[k] : doc.tokens[k].pos) === 'PROPN';
  if (proper(n.head + 1)) at(n.head + 1, 'next');
  else if (next?.lower === ',' && proper(n.head + 2)) at(n.head + 2, 'comma');
  else if (next?.lower === 'of' && proper(n.head + 2)) at(n.head + 2, 'of');
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
