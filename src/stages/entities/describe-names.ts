// A name's type from a description written beside it, the way a newsroom introduces a name its
// readers may not know. The tagger types an unseen name from its own words and the few words around
// it, and a capitalised word it never saw after "at" or "into" reads as a place in Reuters 1996; the
// article usually says what it is:
//   - an appositive after the name: "Acme, a private equity firm that ...", "Acme, the Texas-based
//     intelligence organisation,", "Lee, a senior analyst at ..." (the last describing noun before
//     the appositive's first preposition, relative word or punctuation);
//   - a describing noun right before it: "the private equity firm Acme", "the group Acme";
//   - a person's job at it: "an analyst at Acme", "a professor at Acme" (an employer, not a place).
// Describing nouns come from GUM train's entity layer (data/lexicons/ner-description-nouns.json,
// scripts/build-ner-description-nouns.mjs) plus a few generic business nouns GUM's small sample
// lacks. A described mention takes the description's type and votes for it with the weight of a
// titled mention (vote-name-types.ts), so its other mentions follow.
import type { EntityType } from '../../core/records/entity.js';
import type { Token } from '../../core/records/token.js';
import { loadData } from '../../data/load.js';
import type { Lexicon } from './lexicon.js';
import type { TypedCandidate } from './merge-tagged-names.js';
import { lexiconGivenNames } from './ner/ner-gazetteer.js';

interface DescriptionNounsFile { person: string[]; organisation: string[]; place: string[] }

/** Generic nouns for a business or a group, beside GUM's (which has 25 organisation nouns in all). */
const BUSINESS_NOUNS = [
  'company', 'firm', 'group', 'startup', 'start-up', 'corporation', 'conglomerate', 'agency', 'organization', 'organisation',
  'network', 'maker', 'manufacturer', 'retailer', 'publisher', 'broadcaster', 'carrier', 'lender', 'insurer', 'bank',
  'charity', 'nonprofit', 'non-profit', 'newspaper', 'outlet', 'chain', 'contractor', 'subsidiary', 'giant', 'label', 'developer',
];
// Not "his", "her": "Jo Smith, her label and ..." lists things of hers.
const DETERMINERS = new Set(['a', 'an', 'the', 'its']);
/** Words that end an appositive's describing phrase. */
const PHRASE_ENDS = new Set(['of', 'at', 'in', 'for', 'by', 'with', 'from', 'on', 'to', 'against', 'about', 'over', 'under', 'that', 'which', 'who', 'whose', 'where', 'when', 'and', 'or', 'but', 'since']);
const MAX_PHRASE = 7;

let nouns: Map<string, EntityType> | undefined;

/** Describing noun -> the type it gives a name (job titles are persons' too). */
function describingNouns(lex: Lexicon): Map<string, EntityType> {
  if (nouns) return nouns;
  const file = loadData<DescriptionNounsFile>('lexicons/ner-description-nouns.json');
  nouns = new Map();
  for (const n of file.place) nouns.set(n, 'GPE');
  for (const n of [...file.person, ...lex.titleHeads, ...lex.roleHeads]) nouns.set(n, 'PERSON');
  for (const n of [...file.organisation, ...BUSINESS_NOUNS]) nouns.set(n, 'ORG');
  return nouns;
}

/**
 * The type an appositive after tokens [.., end) gives: ", a private equity firm that", ", the
 * Texas-based intelligence organisation,". Its head is the describing noun that ends the phrase, at
 * a preposition, a relative word or punctuation, or before a participle ("a group co-founded by");
 * a phrase that ends in another word ("the U.S. military operation against") gives nothing.
 */
function appositiveType(tokens: readonly Token[], end: number, kinds: Map<string, EntityType>): EntityType | null {
  if (tokens[end]?.norm !== ',' || !DETERMINERS.has(tokens[end + 1]?.lower ?? '')) return null;
  const sentence = tokens[end].sentence;
  let head: EntityType | null = null;
  for (let k = end + 2; k < tokens.length && k < end + 2 + MAX_PHRASE && tokens[k].sentence === sentence; k++) {
    const t = tokens[k];
    if (t.norm === '-') continue;
    if (PHRASE_ENDS.has(t.lower) || !/\p{L}/u.test(t.norm)) return head;
    if (head && /^\p{Ll}[\p{Ll}-]*(?:ed|ing)$/u.test(t.norm)) return head;
    // Each word may be the head: the last one decides ("the city's mayor" is a person).
    head = kinds.get(t.lower) ?? null;
  }
  return null;
}

/** The type a noun right before the name gives ("the private equity firm Acme"): organisations only. */
function nounBeforeType(tokens: readonly Token[], first: number, kinds: Map<string, EntityType>): EntityType | null {
  const before = tokens[first - 1];
  if (!before || before.sentence !== tokens[first].sentence || !/^\p{Ll}/u.test(before.norm)) return null;
  return kinds.get(before.lower) === 'ORG' ? 'ORG' : null;
}

/** "an analyst at Acme": a person's job at the name makes it an employer. */
function employerType(tokens: readonly Token[], first: number, kinds: Map<string, EntityType>, lex: Lexicon): EntityType | null {
  const at = tokens[first - 1];
  const job = tokens[first - 2];
  if (at?.lower !== 'at' || !job || job.sentence !== tokens[first].sentence) return null;
  return kinds.get(job.lower) === 'PERSON' || lex.titleHeads.has(job.lower) ? 'ORG' : null;
}

/** Candidates with the type their description gives, marked `described`; others unchanged. */
export function describeNames(typed: TypedCandidate[], tokens: readonly Token[], lex: Lexicon): TypedCandidate[] {
  const kinds = describingNouns(lex);
  return typed.map((t) => {
    if (t.type === 'UNKNOWN' || t.cand.honorific || t.cand.title) return t;
    const { first, end } = t.cand;
    let key = '';
    for (let k = first; k < end; k++) key += (k > first ? ' ' : '') + tokens[k].lower;
    if (lex.countries.has(key) || lex.demonyms.has(key)) return t;
    const employer = lex.places.has(key) ? null : employerType(tokens, first, kinds, lex);
    const type = appositiveType(tokens, end, kinds) ?? nounBeforeType(tokens, first, kinds) ?? employer;
    if (!type) return t;
    // A place described as a place keeps its kind of place (a region stays LOC).
    if (type === 'GPE' && (t.type === 'LOC' || t.type === 'FAC' || t.type === 'GPE')) return { ...t, described: true };
    // Companies own, lead and join too ("Acme, the former owner of ..."): a person's noun retypes no
    // organisation; and a person named with a given name is no company ("Jo Smith, her label and ...").
    if (type === 'PERSON' && t.type === 'ORG') return t;
    if (type !== 'PERSON' && t.type === 'PERSON' && end - first > 1 && lexiconGivenNames().has(tokens[first].lower)) return t;
    return { ...t, type, described: true };
  });
}
