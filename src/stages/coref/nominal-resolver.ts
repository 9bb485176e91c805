// Definite descriptions and role nouns to a named entity. Forms handled, first that applies:
//   predicate or apposition   "Acme is the largest firm", "Acme, the largest firm"  (needs the parse)
//   title                     "Gov. Ann Cole ... the governor"   -> the person holding that title
//   kind of organisation      "the company", "the ministry"     -> the most salient ORG lately
//   kind of place             "the country", "the town"         -> the most salient place lately
//   person noun               "the singer", "the woman"         -> the most salient person lately, of that gender
import type { Doc } from '../../core/document.js';
import type { Entity, EntityType } from '../../core/records/entity.js';
import { getLexicon } from '../entities/lexicon.js';
import type { Gender } from './agreement.js';
import type { MentionHistory } from './mention-history.js';
import { tokenAt } from './mention-roles.js';

export interface Nominal { start: number; end: number; head: number; noun: string; plural: boolean }

const ORG_NOUNS = new Set(['company', 'firm', 'group', 'organisation', 'organization', 'agency', 'ministry', 'department', 'party', 'team', 'club', 'band', 'university', 'college', 'school', 'bank', 'airline', 'council', 'committee', 'newspaper', 'paper', 'network', 'union', 'association', 'foundation', 'institute', 'corporation', 'business', 'retailer', 'carmaker', 'automaker', 'manufacturer', 'startup', 'charity', 'church', 'league', 'board', 'commission', 'parliament', 'army', 'militia', 'broadcaster', 'publisher', 'studio', 'label', 'station', 'channel', 'website', 'site', 'service', 'center', 'centre', 'museum', 'hospital', 'court', 'government', 'administration', 'regime']);
const PLACE_NOUNS = new Set(['country', 'nation', 'city', 'town', 'village', 'province', 'region', 'capital', 'island', 'county', 'municipality', 'kingdom', 'republic', 'state', 'territory', 'district', 'neighbourhood', 'neighborhood', 'river', 'lake', 'mountain', 'peninsula', 'continent']);
const PERSON_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'person', 'emperor', 'empress', 'poet', 'writer', 'author', 'novelist', 'singer', 'musician', 'player', 'star', 'actor', 'actress', 'artist', 'painter', 'scientist', 'researcher', 'professor', 'judge', 'defendant', 'plaintiff', 'suspect', 'victim', 'officer', 'lawyer', 'attorney', 'coach', 'captain', 'founder', 'owner', 'politician', 'lord', 'lady', 'priest', 'bishop', 'composer', 'director', 'producer', 'winner', 'champion', 'journalist', 'reporter', 'student', 'teacher', 'doctor', 'patient', 'candidate', 'nominee', 'incumbent', 'chief', 'boss', 'executive', 'manager']);
const WORK_NOUNS = new Set(['event', 'series', 'episode', 'show', 'film', 'movie', 'album', 'song', 'book', 'novel', 'play', 'competition', 'tournament', 'festival', 'championship', 'war', 'battle', 'conference', 'summit', 'election', 'programme', 'program', 'project', 'mission']);
export const COUNTRY_NOUNS = new Set(['country', 'nation', 'kingdom', 'republic']);
export const SETTLEMENT_NOUNS = new Set(['city', 'town', 'village', 'capital', 'municipality']);
export const GENDERED: Record<string, Gender> = { man: 'm', boy: 'm', emperor: 'm', actor: 'm', lord: 'm', king: 'm', prince: 'm', woman: 'f', girl: 'f', empress: 'f', actress: 'f', lady: 'f', queen: 'f', princess: 'f' };
const ABBREVIATIONS: Record<string, string> = { 'gov.': 'governor', 'sen.': 'senator', 'rep.': 'representative', 'gen.': 'general', 'pres.': 'president', 'sec.': 'secretary', 'lt.': 'lieutenant', 'col.': 'colonel', 'sgt.': 'sergeant', 'capt.': 'captain', 'adm.': 'admiral', 'supt.': 'superintendent', 'det.': 'detective' };

/** "the" + modifiers + a common noun head; the span ends at the head. */
export function findNominals(doc: Doc): Nominal[] {
  const out: Nominal[] = [];
  const tokens = doc.tokens;
  const syntax = doc.syntax;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].lower !== 'the') continue;
    let head = -1;
    if (syntax) {
      const h = syntax.head[i];
      if (syntax.deprel[i] === 'det' && h > i && h - i <= 5 && ((syntax.upos[h] === 'NOUN' && (syntax.xpos[h] === 'NN' || syntax.xpos[h] === 'NNS')) || capitalisedTitle(doc, h))) head = h;
    } else {
      for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
        const pos = tokens[k].pos;
        if (pos === 'NOUN') head = k;
        else if (pos !== 'ADJ') break;
      }
    }
    if (head < 0) continue;
    let proper = false;
    for (let k = i + 1; k <= head; k++) if (tokens[k].pos === 'PROPN' && !capitalisedTitle(doc, k)) proper = true;
    if (proper) continue;
    const plural = syntax ? syntax.xpos[head] === 'NNS' : /[^s]s$/.test(tokens[head].lower);
    out.push({ start: tokens[i].start, end: tokens[head].end, head, noun: tokens[head].lower, plural });
  }
  return out;
}

/** "the Secretary", "the Governor": a title written capitalised, with no name after it. */
function capitalisedTitle(doc: Doc, k: number): boolean {
  const next = doc.tokens[k + 1];
  return getLexicon().titleHeads.has(doc.tokens[k].lower) && !(next && next.pos === 'PROPN' && /^\p{Lu}/u.test(next.norm));
}

/** The rules' choice: the first form in the module header that applies. */
export function ruleNominal(doc: Doc, history: MentionHistory, genders: Map<Entity, Gender | null>, n: Nominal): Entity | null {
  // "the village of Iskra" names Iskra; "the leader of the party" is nobody named before; the parse
  // comes first ("Athens is the capital city of Greece" is Athens).
  if (doc.tokens[n.head + 1]?.lower === 'of') return fromParse(doc, history, n) ?? namedAfterOf(doc, history, n);
  // A plural ("the islands", "the brothers") only names an entity that the word is part of the name of.
  if (n.plural) return fromApposition(doc, history, n) ?? fromNameWord(history, n);
  return fromParse(doc, history, n) ?? fromApposition(doc, history, n) ?? fromTitle(doc, history, n) ?? fromNameWord(history, n) ?? fromKind(history, genders, n);
}

/** The entity most recently named with the noun in its name: "the mosque" for the Blue Mosque. */
function fromNameWord(history: MentionHistory, n: Nominal): Entity | null {
  for (const c of history.before(n.start, 10)) if (c.entity.name.toLowerCase().split(/\s+/).includes(n.noun)) return c.entity;
  return null;
}

function namedAfterOf(doc: Doc, history: MentionHistory, n: Nominal): Entity | null {
  const types = kindTypes(n.noun);
  const next = doc.tokens[n.head + 2];
  const m = next ? history.covering(next.start) : null;
  return m && m.start === next.start && types && types.includes(m.entity.type) && PLACE_NOUNS.has(n.noun) ? m.entity : null;
}

/**
 * A name right after the description ("the match referee Ann Cole", "the site's founder, Ann Cole")
 * or right before it with a comma ("Ann Cole, the referee"), when its type fits the noun. A comma
 * needs a noun of known kind: "After meeting Cole, the delegation left" is not apposition.
 */
function fromApposition(doc: Doc, history: MentionHistory, n: Nominal): Entity | null {
  const types = kindTypes(n.noun);
  const fits = (e: Entity): boolean => !types || types.includes(e.type);
  const tokens = doc.tokens;
  // Across a comma only for a noun of known kind: "By the end, Ann Cole had left" is no apposition.
  let next = n.head + 1;
  if (types && tokens[next]?.lower === ',') next++;
  const after = next < tokens.length ? history.covering(tokens[next].start) : null;
  // Right after the noun any name fits ("the television series Gilmore Girls") unless it begins a
  // clause ("the money NASA asked for"); after a comma its type must fit.
  const clause = (m: { token: number }): boolean => !doc.syntax || m.token < 0 || /^(?:nsubj|obj|csubj)/.test(doc.syntax.deprel[m.token]);
  if (after && after.form === 'name' && after.start === tokens[next].start && fits(after.entity) && (next > n.head + 1 || !clause(after))) return after.entity;
  const first = tokenAt(doc, n.start);
  if (types && first >= 2 && tokens[first - 1].lower === ',') {
    const before = history.covering(tokens[first - 2].start);
    if (before && before.form === 'name' && before.end === tokens[first - 2].end && fits(before.entity)) return before.entity;
  }
  return null;
}

/** "X is the largest town", "X, the largest town", "the largest town, X". */
function fromParse(doc: Doc, history: MentionHistory, n: Nominal): Entity | null {
  const syntax = doc.syntax;
  if (!syntax) return null;
  const { sentence } = doc.tokens[n.head];
  let cop = false;
  let subject = -1;
  let appos = -1;
  for (let i = doc.sentences[sentence].firstToken; i < doc.sentences[sentence].endToken; i++) {
    if (syntax.head[i] !== n.head) continue;
    if (syntax.deprel[i] === 'cop') cop = true;
    else if (syntax.deprel[i].startsWith('nsubj')) subject = i;
    else if (syntax.deprel[i] === 'appos') appos = i;
  }
  // Only a name and an entity of the kind the noun says: "It was the first time" and "the fact" link nothing.
  const types = kindTypes(n.noun);
  const named = (token: number, linked = false): Entity | null => {
    const m = token < 0 ? null : history.covering(doc.tokens[token].start);
    return m && (m.form === 'name' || linked) && (!types || types.includes(m.entity.type)) ? m.entity : null;
  };
  // A linked pronoun as the subject only for a noun of known kind: "It is the largest town", not "It was the first time".
  if (cop && subject >= 0) return named(subject, types !== null);
  if (!types) return null;
  if (syntax.deprel[n.head] === 'appos') return named(syntax.head[n.head]);
  return named(appos);
}

/** Whether one of a person's titles has the noun as a word ("Gov." for "the governor"). */
export function titleFits(e: Entity, noun: string): boolean {
  return e.titles.some((t) => t.toLowerCase().split(/\s+/).some((w) => (ABBREVIATIONS[w] ?? w) === noun));
}

function fromTitle(doc: Doc, history: MentionHistory, n: Nominal): Entity | null {
  const titled = new Set(doc.entities.filter((e) => e.type === 'PERSON' && titleFits(e, n.noun)));
  if (titled.size === 0) return null;
  // The one named most recently before the description.
  for (let k = history.indexBefore(n.start); k >= 0; k--) if (titled.has(history.mentions[k].entity)) return history.mentions[k].entity;
  return null;
}

function fromKind(history: MentionHistory, genders: Map<Entity, Gender | null>, n: Nominal): Entity | null {
  const types = kindTypes(n.noun);
  if (!types) return null;
  const lex = getLexicon();
  const country = COUNTRY_NOUNS.has(n.noun) ? true : SETTLEMENT_NOUNS.has(n.noun) ? false : null;
  let best: Entity | null = null;
  let bestScore = -Infinity;
  const sentence = history.locate(n.start, n.end).sentence;
  for (const c of history.before(n.start, 10)) {
    if (!types.includes(c.entity.type)) continue;
    if ((c.entity.type === 'ORG' || c.entity.type === 'MISC') && ORG_NOUNS.has(n.noun) && !orgKindFits(history, c.entity, n.noun)) continue;
    const g = GENDERED[n.noun];
    if (g && genders.get(c.entity) && genders.get(c.entity) !== g) continue;
    // "the country" is a country, "the city" is not.
    if (country !== null && c.entity.type === 'GPE' && lex.countries.has(c.entity.name.toLowerCase()) !== country) continue;
    const distance = sentence - c.last.sentence;
    const score = -Math.min(distance, 3) - 0.2 * Math.max(0, distance - 3) + (c.last.role === 'subject' ? 1 : 0) + 0.6 * Math.log(1 + c.count) + 0.4 * Math.log(1 + c.total);
    if (score > bestScore) { bestScore = score; best = c.entity; }
  }
  return best;
}

// Nouns any business answers to; other organisation nouns ("union", "ministry") must be the kind the
// article gave the organisation.
const BUSINESS_NOUNS = new Set(['company', 'firm', 'business', 'corporation', 'group']);
const CORPORATE = /\b(?:inc|corp|co|ltd|llc|plc|ag|sa|gmbh|nv|bv|holdings|group|company|corporation)\b\.?/i;

/**
 * Whether an organisation is the kind the noun names: the noun is in its name ("the bank" for
 * Brightwell Bank) or written just before a name of it ("the dockers' union FNV Havens"); a business
 * noun also fits an organisation with a corporate suffix or with no kind given at all.
 */
export function orgKindFits(history: MentionHistory, e: Entity, noun: string): boolean {
  const kinds = history.kindsOf(e);
  if (kinds.has(noun)) return true;
  if (!BUSINESS_NOUNS.has(noun)) return false;
  return CORPORATE.test(e.name) || ![...kinds].some((k) => ORG_NOUNS.has(k) && !BUSINESS_NOUNS.has(k));
}

export function kindTypes(noun: string): EntityType[] | null {
  if (ORG_NOUNS.has(noun)) return ['ORG', 'MISC'];
  if (WORK_NOUNS.has(noun)) return ['EVENT', 'MISC'];
  if (PLACE_NOUNS.has(noun)) return ['GPE', 'LOC', 'FAC'];
  const lex = getLexicon();
  if (PERSON_NOUNS.has(noun) || lex.titleHeads.has(noun) || lex.roleHeads.has(noun) || GENDERED[noun]) return ['PERSON'];
  return null;
}
