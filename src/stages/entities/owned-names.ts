// Names a company owns or makes: "Acme's Skyhopper", "its Skyhopper lander", "Skyhopper from Acme".
// A name possessed by an organisation (or by "its") or offered "from" one is its product, vehicle,
// service or title, which the tagger, having seen few products in Reuters 1996, calls an
// organisation or a place; news-wild's gold calls them PRODUCT or WORK, which our MISC stands for.
// Such a mention becomes MISC and votes for it with a described mention's weight (vote-name-types.ts).
// Not retyped: a person ("Acme's Jo Smith", its chief), a name ending in an organisation or facility
// word ("Acme's Research Institute", "Acme's Goddard Space Center"), and a country, place, demonym or
// known organisation of the lexicon ("its Paris office").
import type { Token } from '../../core/records/token.js';
import type { Lexicon } from './lexicon.js';
import type { TypedCandidate } from './merge-tagged-names.js';

const POSSESSIVES = new Set(["'s", '’s', "'", '’']);
const OWNERS = new Set(['its', 'their']);

function keyOf(tokens: readonly Token[], first: number, end: number): string {
  let key = '';
  for (let k = first; k < end; k++) key += (k > first ? ' ' : '') + tokens[k].lower;
  return key;
}

function mayBeOwned(t: TypedCandidate, tokens: readonly Token[], lex: Lexicon): boolean {
  if (t.type === 'PERSON' || t.type === 'UNKNOWN' || t.type === 'MISC' || t.type === 'NORP' || t.cand.honorific || t.cand.title) return false;
  const { first, end } = t.cand;
  const head = tokens[end - 1].lower;
  if (lex.orgKeywords.has(head) || lex.facilityKeywords.has(head)) return false;
  const key = keyOf(tokens, first, end);
  return !lex.countries.has(key) && !lex.places.has(key) && !lex.regions.has(key) && !lex.demonyms.has(key) && !lex.knownOrgs.has(key);
}

/** Candidates that name a thing an organisation owns or makes, as MISC; others unchanged. */
export function ownedNames(typed: TypedCandidate[], tokens: readonly Token[], lex: Lexicon): TypedCandidate[] {
  const orgEndingAt = new Set<number>();
  const orgStartingAt = new Set<number>();
  for (const t of typed) {
    if (t.type !== 'ORG') continue;
    orgEndingAt.add(t.cand.end);
    orgStartingAt.add(t.cand.first);
  }
  return typed.map((t) => {
    if (!mayBeOwned(t, tokens, lex)) return t;
    const { first, end } = t.cand;
    const before = tokens[first - 1];
    const sentence = tokens[first].sentence;
    // "Acme's X": the possessive right after an organisation's name.
    const possessed = before && before.sentence === sentence && POSSESSIVES.has(before.norm) && orgEndingAt.has(first - 1);
    // "its X": the organisation said before.
    const its = before && OWNERS.has(before.lower);
    // "X from Acme".
    const from = tokens[end]?.lower === 'from' && tokens[end].sentence === sentence && orgStartingAt.has(end + 1);
    return possessed || its || from ? { ...t, type: 'MISC', described: true } : t;
  });
}
