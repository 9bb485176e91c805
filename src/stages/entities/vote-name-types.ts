// One type per name through an article, decided over all of its mentions (runs after
// mergeTaggedNames, before entities are built). The tagger types each mention from its own sentence
// and its second pass leans on the first pass's majority, so one strong context can be outvoted by a
// title-case headline ("Trump Warns ..." making Trump an organisation for the whole article). Here:
//   - mentions with the same words vote together: each votes its own type with weight 1, a mention in
//     a headline-like line (most words capitalised) with weight 0.25, a mention with an honorific or
//     title before it (PERSON by the rules) with weight 3;
//   - a longer PERSON name in the article votes for its last word alone ("Sondland" after "Gordon
//     Sondland") with twice its weight, for its first word with half;
//   - a type with at least twice the votes of a mention's own type retypes it, unless the mention is
//     typed by strong evidence of its own (an honorific or title; a country, demonym or known
//     organisation from the gazetteer).
import type { EntityType } from '../../core/records/entity.js';
import type { Token } from '../../core/records/token.js';
import type { NameType } from './classify-name.js';
import type { Lexicon } from './lexicon.js';
import type { TypedCandidate } from './merge-tagged-names.js';
import { NAME_PARTICLES } from './token-tests.js';

const HEADLINE_WEIGHT = 0.25;
const TITLED_WEIGHT = 3;
/** How many times the votes of its own type the winner needs to retype a mention. */
const CLEAR_MAJORITY = 2;
/** A full name's vote for its surname alone: a two-word person name is rarely anything else. */
const FULL_NAME_WEIGHT = 2;

const CAP = /^\p{Lu}/u;
const LETTER = /\p{L}/u;

/** Per sentence: most of its words are capitalised (a title-case headline, a line of names). */
export function headlineSentences(tokens: readonly Token[]): Set<number> {
  const words = new Map<number, [number, number]>();
  for (const t of tokens) {
    if (!LETTER.test(t.norm) || t.norm.length < 2 || NAME_PARTICLES.has(t.lower) || SMALL_WORDS.has(t.lower)) continue;
    const c = words.get(t.sentence) ?? [0, 0];
    c[0]++;
    if (CAP.test(t.norm)) c[1]++;
    words.set(t.sentence, c);
  }
  const out = new Set<number>();
  for (const [s, [all, cap]] of words) if (all >= 3 && cap >= 0.75 * all) out.add(s);
  return out;
}

/** Words a title-case headline leaves in lower case. */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'as', 'from', 'vs', 'via']);

function keyOf(tokens: readonly Token[], first: number, end: number): string {
  let key = '';
  for (let k = first; k < end; k++) key += (k > first ? ' ' : '') + tokens[k].lower;
  return key.replace(/ ?'s$/, '');
}

function hasStrongType(c: TypedCandidate, tokens: readonly Token[], lex: Lexicon): boolean {
  if (!c.tagged || c.cand.honorific || c.cand.title || c.described) return true;
  const key = keyOf(tokens, c.cand.first, c.cand.end);
  return lex.countries.has(key) || lex.demonyms.has(key) || lex.knownOrgs.has(key);
}

export function voteNameTypes(typed: TypedCandidate[], tokens: readonly Token[], lex: Lexicon): TypedCandidate[] {
  const headlines = headlineSentences(tokens);
  const votes = new Map<string, Map<NameType, number>>();
  const vote = (key: string, type: NameType, w: number) => {
    let v = votes.get(key);
    if (!v) votes.set(key, (v = new Map()));
    v.set(type, (v.get(type) ?? 0) + w);
  };
  const weightOf = (c: TypedCandidate) =>
    c.cand.honorific || c.cand.title || c.described ? TITLED_WEIGHT : headlines.has(tokens[c.cand.first].sentence) ? HEADLINE_WEIGHT : 1;
  for (const c of typed) {
    const { first, end } = c.cand;
    const w = weightOf(c);
    vote(keyOf(tokens, first, end), c.type, w);
    if (c.type === 'PERSON' && end - first >= 2) {
      // The surname (and the given name) of a full name vote for a person.
      vote(keyOf(tokens, end - 1, end), 'PERSON', w * FULL_NAME_WEIGHT);
      if (!NAME_PARTICLES.has(tokens[first].lower)) vote(keyOf(tokens, first, first + 1), 'PERSON', w * 0.5);
    }
  }
  return typed.map((c) => {
    if (c.type === 'UNKNOWN' || hasStrongType(c, tokens, lex)) return c;
    const key = keyOf(tokens, c.cand.first, c.cand.end);
    const v = votes.get(key);
    if (!v) return c;
    let best: NameType = c.type;
    let bestWeight = v.get(c.type) ?? 0;
    for (const [type, weight] of v) if (type !== 'UNKNOWN' && weight > bestWeight) { best = type; bestWeight = weight; }
    // A clear majority only: a city and its sports team share a name ("Chicago" beat "Boston" in
    // Chicago), and a near tie says the name has two uses.
    const applies = bestWeight >= CLEAR_MAJORITY * (v.get(c.type) ?? 0);
    return best === c.type || !applies ? c : { ...c, type: best as EntityType };
  });
}
