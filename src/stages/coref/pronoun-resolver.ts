// Third-person pronouns to the entity they name. Each entity mentioned in the last few sentences is a
// candidate; agreement rules some out (gender, person vs group vs organisation, a quote's speaker for
// a "he"/"she" inside the quote, an entity named only inside the quote a pronoun introduces, the
// subject of the same verb for a non-reflexive object), and the rest are scored by recency, role,
// parallel role, the subject of a verb above the pronoun, paragraph and how often they were named.
// Rules with weights measured on GUM train (`node scripts/tune-coref.mjs`), not a learned ranker:
// GUM train has about 800 such pronouns with a named antecedent, the score is flat around these
// weights, and each weight keeps a meaning a reader can check against a wrong link.
//   "Ms Ortiz met Mr Lee. She thanked him."     she -> Ortiz (subject, parallel), him -> Lee
//   "The bank cut rates. Its shares fell."     its -> the bank's entity
//   "It is likely that ..."                    no link: "it" announces a clause
//   "Tomas Varga, he's joining us"             he -> the name set before its clause
//   "a lender, Kestrel Bank, that could sue in its own name"   its -> what the relative pronoun stands for
//   "the Okafors ... they"                     they -> a family named in the plural (./agreement.ts)
import type { Doc } from '../../core/document.js';
import type { Entity } from '../../core/records/entity.js';
import type { Span } from '../../core/span.js';
import { entityFit, genderOf, isPossessive, isReflexive, pronounClass, type Gender, type PronounClass } from './agreement.js';
import type { Candidate, MentionHistory, Placed } from './mention-history.js';

type Located = Omit<Placed, 'entity' | 'form'>;

/** Weights, measured on GUM train (see the module header). */
export const PRONOUN_WEIGHTS = {
  type: 2,
  /** Type fit of a one-word given name the name tagger typed as an organisation or place. */
  mistypedPerson: 0.5,
  /** Type fit of "it" for a PERSON with no given name and no he/she so far: names the tagger misread ("Typhoon Mira"). */
  genderlessPerson: 0.3,
  sentenceDistance: 1.2,
  /** Per sentence beyond the third: a chain this far back is still the best reading when nothing nearer fits. */
  farDistance: 0.3,
  role: { subject: 1.5, object: 0.5, possessor: 0.3, other: 0 },
  parallel: 0.5,
  sameParagraph: 0.5,
  /** The subject of a verb the pronoun depends on: "Ann Cole, who coaches Lee, said her team won". */
  commanding: 1.5,
  /** More for the name a relative pronoun above stands for: "Kestrel Bank, that could sue in its own name". */
  relative: 3,
  salience: 0.6,
  topic: 0.4,
  genderKnown: 1.2,
  quotedCandidate: -1.5,
  /** Lowest score that links; a lower best candidate leaves the pronoun unlinked. */
  threshold: { he: -1, she: -1, they: 1.2, it: 1.2 },
  lookback: { he: 8, she: 8, they: 2, it: 2 },
};

export interface PronounContext {
  doc: Doc;
  history: MentionHistory;
  /** Genders seen so far, including ones learned from pronouns already linked. */
  genders: Map<Entity, Gender | null>;
  /** The speaker of the direct quote a pronoun sits in, if known. */
  speakerAt(offset: number): Entity | null;
  /** The content of the quotes whose source span covers `offset` ("..., he said"): who is named in them is not "he". */
  contentOf(offset: number): readonly Span[];
}

export function resolvePronoun(ctx: PronounContext, token: number): Entity | null {
  const { doc, history } = ctx;
  const t = doc.tokens[token];
  const cls = pronounClass(t.lower);
  if (!cls || (cls === 'it' && announcesClause(doc, token))) return null;
  const w = PRONOUN_WEIGHTS;
  const self = history.locate(t.start, t.end);
  const speaker = self.quoted ? ctx.speakerAt(t.start) : null;
  let best: Entity | null = null;
  let bestScore = -Infinity;
  const own = ctx.contentOf(t.start);
  const inOwnQuote = own.length === 0 ? undefined : (m: Placed) => own.some((c) => c.start <= m.start && m.start < c.end);
  const commanding = commandingSubjects(doc, history, token, cls, (m) => m.quoted !== self.quoted || inOwnQuote?.(m) === true);
  for (const c of history.before(t.start, w.lookback[cls], inOwnQuote)) {
    const fit = entityFit(doc, cls, c.entity, w.mistypedPerson) || (cls === 'it' ? genderlessPersonFit(ctx, c.entity) : 0);
    if (fit === 0 || !agrees(ctx, cls, c.entity)) continue;
    if ((cls === 'he' || cls === 'she') && speaker === c.entity) continue;
    if (!bindingAllows(doc, t.lower, self, c.last)) continue;
    const how = commanding.get(c.entity);
    const score = scoreCandidate(ctx, cls, fit, self, c) + (how ? w.commanding : 0) + (how === 'relative' ? w.relative : 0);
    if (score > bestScore) { bestScore = score; best = c.entity; }
  }
  if (!best || bestScore < w.threshold[cls]) return null;
  if ((cls === 'he' || cls === 'she') && !ctx.genders.get(best)) ctx.genders.set(best, cls === 'he' ? 'm' : 'f');
  return best;
}

function scoreCandidate(ctx: PronounContext, cls: PronounClass, fit: number, self: Located, c: Candidate): number {
  const w = PRONOUN_WEIGHTS;
  const distance = self.sentence - c.last.sentence;
  let score = w.type * fit - w.sentenceDistance * Math.min(distance, 3) - w.farDistance * Math.max(0, distance - 3) + w.role[c.role];
  if (self.role === c.role && self.role !== 'other') score += w.parallel;
  if (self.paragraph === c.last.paragraph) score += w.sameParagraph;
  score += w.salience * Math.log(1 + c.count) + w.topic * Math.log(1 + c.total);
  if ((cls === 'he' || cls === 'she') && ctx.genders.get(c.entity)) score += w.genderKnown;
  if (c.last.quoted && !self.quoted) score += w.quotedCandidate;
  return score;
}

/** "it" may reach a PERSON entity nothing marks as a person: no given name, honorific, gendered title or he/she. */
function genderlessPersonFit(ctx: PronounContext, e: Entity): number {
  if (e.type !== 'PERSON' || e.name.split(/\s+/).length < 2 || e.titles.length > 0) return 0;
  if (!ctx.genders.has(e)) ctx.genders.set(e, genderOf(ctx.doc, e));
  return ctx.genders.get(e) ? 0 : PRONOUN_WEIGHTS.genderlessPerson;
}

function agrees(ctx: PronounContext, cls: PronounClass, e: Entity): boolean {
  if (cls !== 'he' && cls !== 'she') return true;
  if (!ctx.genders.has(e)) ctx.genders.set(e, genderOf(ctx.doc, e));
  const g = ctx.genders.get(e);
  return !g || g === (cls === 'he' ? 'm' : 'f');
}

/**
 * A plain object pronoun is not its own verb's subject ("Lee praised him": him is not Lee); a
 * reflexive is ("Lee praised himself"). Needs the parse; without it everything passes.
 */
function bindingAllows(doc: Doc, lower: string, self: Located, antecedent: Placed): boolean {
  if (self.sentence !== antecedent.sentence) return !isReflexive(lower);
  const syntax = doc.syntax;
  if (!syntax || self.token < 0 || antecedent.token < 0) return sameClauseAllows(doc, lower, self, antecedent);
  const sameVerb = syntax.head[self.token] === syntax.head[antecedent.token];
  if (isReflexive(lower)) return sameVerb || antecedent.role === 'subject';
  if (isPossessive(lower) && syntax.deprel[self.token] === 'nmod:poss') return true;
  // Two subjects of one verb are one referent written twice: "Tomas Varga, he's joining us".
  if (self.role === 'subject' && antecedent.role === 'subject') return true;
  return !(sameVerb && antecedent.role === 'subject');
}

// Words that end a clause, for the check without a parse.
const CLAUSE_BREAK = new Set([',', ';', ':', 'and', 'but', 'or', 'that', 'who', 'whom', 'which', 'when', 'because', 'after', 'before', 'while', 'if', 'as', '"', '“', '”']);

/**
 * Without a parse: an object pronoun ("him", "her" not followed by a noun) is not the subject of its
 * own clause, taken as the words back to the last comma or conjunction.
 */
function sameClauseAllows(doc: Doc, lower: string, self: Located, antecedent: Placed): boolean {
  if (isReflexive(lower) || self.token < 0 || antecedent.token < 0) return true;
  const next = doc.tokens[self.token + 1];
  if (lower === 'his' || lower === 'its' || lower === 'their' || (lower === 'her' && next && (next.pos === 'NOUN' || next.pos === 'ADJ'))) return true;
  if (antecedent.role !== 'subject') return true;
  for (let i = antecedent.token + 1; i < self.token; i++) if (CLAUSE_BREAK.has(doc.tokens[i].lower)) return true;
  return false;
}

/** Entities that are the subject of a predicate above the pronoun in its sentence's parse (not through a pronoun that disagrees with it). */
function commandingSubjects(doc: Doc, history: MentionHistory, token: number, cls: PronounClass, skip: (m: Placed) => boolean): Map<Entity, 'subject' | 'relative'> {
  const out = new Map<Entity, 'subject' | 'relative'>();
  const syntax = doc.syntax;
  if (!syntax) return out;
  const sentence = doc.sentences[doc.tokens[token].sentence];
  const above = new Set<number>();
  for (let h = syntax.head[token], steps = 0; h >= 0 && steps < 50; h = syntax.head[h], steps++) above.add(h);
  const ownSubject = syntax.deprel[token]?.startsWith('nsubj') === true;
  for (let i = sentence.firstToken; i < Math.min(token, sentence.endToken); i++) {
    // A name set before the clause the pronoun is the subject of ("Tomas Varga, he's joining us";
    // the parser calls it dislocated or vocative) is who the pronoun restates.
    const restated = ownSubject && (syntax.deprel[i] === 'dislocated' || syntax.deprel[i] === 'vocative') && syntax.head[i] === syntax.head[token];
    if (!restated && (!syntax.deprel[i]?.startsWith('nsubj') || !above.has(syntax.head[i]))) continue;
    // A subject pronoun of another number or gender is someone else: "They assert harm to MOHELA, that could sue in its own name".
    const other = pronounClass(doc.tokens[i].lower);
    if (other && other !== cls) continue;
    const m = history.covering(doc.tokens[i].start);
    if (m && !skip(m)) out.set(m.entity, 'subject');
    const r = m ? null : relativeAntecedent(doc, history, i);
    if (r && !skip(r)) out.set(r.entity, 'relative');
  }
  return out;
}

const RELATIVE = new Set(['who', 'which', 'that']);

/** The mention a relative pronoun stands for: "a lender, Kestrel Bank, that could sue in its own name". */
function relativeAntecedent(doc: Doc, history: MentionHistory, token: number): Placed | null {
  const syntax = doc.syntax;
  if (!syntax || !RELATIVE.has(doc.tokens[token].lower)) return null;
  const verb = syntax.head[token];
  const at = (k: number): Placed | null => (k >= 0 ? history.covering(doc.tokens[k].start) : null);
  // The parser may hang the clause elsewhere: then the name just before it (", Kestrel Bank, that ...").
  if (verb < 0 || syntax.deprel[verb] !== 'acl:relcl') return at(doc.tokens[token - 1]?.lower === ',' ? token - 2 : token - 1);
  const noun = syntax.head[verb];
  const direct = at(noun);
  if (direct) return direct;
  // The noun's apposition, written between it and the clause.
  for (let k = noun + 1; k < token; k++) if (syntax.head[k] === noun && syntax.deprel[k] === 'appos') return at(k);
  return null;
}

/** "It is clear that ...", "it seems to ...", "it rained": an "it" that names nothing. */
function announcesClause(doc: Doc, token: number): boolean {
  const syntax = doc.syntax;
  if (syntax) {
    if (syntax.deprel[token] === 'expl') return true;
    const pred = syntax.head[token];
    if (pred < 0 || !syntax.deprel[token].startsWith('nsubj')) return false;
    for (let i = doc.sentences[doc.tokens[token].sentence].firstToken; i < doc.sentences[doc.tokens[token].sentence].endToken; i++) {
      if (syntax.head[i] === pred && (syntax.deprel[i] === 'csubj' || syntax.deprel[i] === 'ccomp' || syntax.deprel[i] === 'xcomp') && i > pred) return true;
    }
    return false;
  }
  // Without a parse: "it is/was/seems ... to|that" within a few words.
  const next = doc.tokens[token + 1]?.lower ?? '';
  if (!/^(?:is|was|'s|seems|seemed|appears|appeared|would|will|has|had)$/.test(next)) return false;
  for (let i = token + 2; i < Math.min(doc.tokens.length, token + 7); i++) {
    const l = doc.tokens[i].lower;
    if (l === 'that' || l === 'to') return true;
    if (l === '.' || l === ',') return false;
  }
  return false;
}
