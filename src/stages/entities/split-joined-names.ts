// Splits a tagged name that joins two names (runs after mergeTaggedNames, before the type vote):
//   "Baghdad-Damascus", "Coty-Kylie Jenner"   two capitalised names joined by a hyphen with no space,
//                                              when each side is a name on its own: said alone
//                                              elsewhere in the article, or a country, place or known
//                                              organisation in the gazetteer. "Jo-Renee Formicola",
//                                              "Bashar al-Assad" and "Hong Yong-pyo" stay whole (the
//                                              sides are not names of their own, or not capitalised);
//   "Sean Hannity of Fox News"                 a person's name, "of", and an organisation or place:
//                                              a person and the other name (see isPersonOf);
//   "Take-", "Former <council>"               a hyphen at either end, or a word of time or standing
//                                              at the start, is no part of the name.
// The pieces take the type their words have elsewhere in the article (tagged alone), else the
// gazetteer's, else the joined name's.
import type { EntityType } from '../../core/records/entity.js';
import type { Token } from '../../core/records/token.js';
import type { Lexicon } from './lexicon.js';
import type { TypedCandidate } from './merge-tagged-names.js';
import { getNerGazetteer, lexiconGivenNames } from './ner/ner-gazetteer.js';
import type { NameCandidate } from './name-candidates-extractor.js';

const CAP = /^\p{Lu}/u;
/** Words of time or standing that a capitalised run may open with but no name does. */
const STANDING = new Set(['former', 'interim', 'acting', 'outgoing', 'incoming', 'then', 'ex', 'late', 'disgraced']);

function keyOf(tokens: readonly Token[], first: number, end: number): string {
  let key = '';
  for (let k = first; k < end; k++) key += (k > first && tokens[k].spaceBefore ? ' ' : '') + tokens[k].lower;
  return key;
}

function gazetteerType(key: string, lex: Lexicon): EntityType | null {
  if (lex.countries.has(key) || lex.places.has(key)) return 'GPE';
  if (lex.knownOrgs.has(key)) return 'ORG';
  return null;
}

function piece(c: NameCandidate, first: number, end: number, keepTitle: boolean): NameCandidate {
  return { ...c, first, end, mentionFirst: keepTitle ? c.mentionFirst : first, honorific: keepTitle && c.honorific, title: keepTitle ? c.title : null, qualifier: keepTitle ? c.qualifier : null };
}

export function splitJoinedNames(typed: TypedCandidate[], tokens: readonly Token[], lex: Lexicon): TypedCandidate[] {
  // Types of the names tagged alone in the article, by their words.
  const alone = new Map<string, EntityType>();
  for (const t of typed) if (t.type !== 'UNKNOWN') alone.set(keyOf(tokens, t.cand.first, t.cand.end), t.type);
  const typeOf = (first: number, end: number): EntityType | null => {
    const key = keyOf(tokens, first, end);
    return alone.get(key) ?? gazetteerType(key, lex);
  };
  const out: TypedCandidate[] = [];
  for (const t of typed) {
    let { first, end } = t.cand;
    // A hyphen at either end ("Take-"), or a word of time or standing before the name ("Former
    // <council>", "Interim <police>"): not part of the name.
    while (end - first > 1 && tokens[end - 1].norm === '-') end--;
    while (end - first > 1 && (tokens[first].norm === '-' || STANDING.has(tokens[first].lower))) first++;
    const c = first === t.cand.first && end === t.cand.end ? t.cand : piece(t.cand, first, end, first === t.cand.first);
    out.push(...splitOne({ ...t, cand: c }, tokens, typeOf, lex));
  }
  return out;
}

/**
 * "<person> of <organisation or place>": the tagger called the whole a person, or the part after "of"
 * is a name of its own (said alone in the article, or in the gazetteer) and the part before is two
 * or three capitalised words opening with a given name, with no organisation word among them
 * ("National Bank of Greece", "Bank of America" stay whole).
 */
function isPersonOf(t: TypedCandidate, tokens: readonly Token[], first: number, of: number, end: number, typeOf: (first: number, end: number) => EntityType | null, lex: Lexicon): boolean {
  if (t.type === 'PERSON') return true;
  if (of - first < 2 || of - first > 3) return false;
  // The part after "of" names something: said alone in the article, in the gazetteer, or holding an
  // organisation word ("... News", "... Institute").
  let orgWord = false;
  for (let k = of + 1; k < end; k++) if (lex.orgKeywords.has(tokens[k].lower)) orgWord = true;
  if (!orgWord && !typeOf(of + 1, end)) return false;
  for (let k = first; k < of; k++) if (!CAP.test(tokens[k].norm) || lex.orgKeywords.has(tokens[k].lower) || lex.facilityKeywords.has(tokens[k].lower)) return false;
  // The part before opens with a given name, or its last word is said alone in the article.
  return lexiconGivenNames().has(tokens[first].lower) || getNerGazetteer().firstName(tokens[first].lower) || typeOf(of - 1, of) === 'PERSON';
}

function splitOne(t: TypedCandidate, tokens: readonly Token[], typeOf: (first: number, end: number) => EntityType | null, lex: Lexicon): TypedCandidate[] {
  const { first, end } = t.cand;
  for (let k = first + 1; k < end - 1; k++) {
    const tok = tokens[k];
    if (tok.norm === '-' && !tok.spaceBefore && !tokens[k + 1].spaceBefore && CAP.test(tokens[k - 1].norm) && CAP.test(tokens[k + 1].norm)) {
      // The words right beside the hyphen, each up to its side's end: "Coty" | "Kylie Jenner".
      const left = typeOf(first, k);
      const right = typeOf(k + 1, end);
      if (!left || !right) continue;
      return [
        { cand: piece(t.cand, first, k, true), type: left, tagged: t.tagged },
        ...splitOne({ cand: piece(t.cand, k + 1, end, false), type: right, tagged: t.tagged }, tokens, typeOf, lex),
      ];
    }
    if (tok.lower === 'of' && k + 1 < end && CAP.test(tokens[k + 1].norm) && isPersonOf(t, tokens, first, k, end, typeOf, lex)) {
      return [
        { cand: piece(t.cand, first, k, true), type: 'PERSON', tagged: t.tagged },
        { cand: piece(t.cand, k + 1, end, false), type: typeOf(k + 1, end) ?? 'ORG', tagged: t.tagged },
      ];
    }
  }
  return [t];
}
