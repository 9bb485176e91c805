// Finds titles and roles written around a person's name, beyond the capitalised prefix the name
// extractor already split off:
//   lower-case before the name      "economic negotiator Kirill Dmitriev"
//   appositive after the name       "Kirill Dmitriev, the economic negotiator"
//                                   "David Albright, president of the Institute for Science ..."
//                                   "Hong Yong-pyo, South Korea's unification minister"
//                                   "Maria Lopez, a farmer near Talca" (occupations after an article)
//   appositive before the name      "Argentina's foreign minister, Gerardo Werthein, said"
import type { Token } from '../../core/records/token.js';
import type { Lexicon } from './lexicon.js';
import { isCapWord } from './token-tests.js';

export interface FoundTitle {
  first: number;
  end: number;
  qualifier: [number, number] | null;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** What may follow an appositive title: "..., the economic negotiator," / "president of ..." / "a farmer near Talca". */
const PHRASE_END = new Set([',', '.', ';', 'of', 'at', 'for', 'in', 'near', 'from', 'on', 'with', 'whose', ')', '-', '--', 'and', 'who', 'said', 'says', 'told']);

/** A lower-case title right before token `first`. */
export function titleBefore(tokens: Token[], first: number, lex: Lexicon): FoundTitle | null {
  const head = tokens[first - 1];
  if (!head || head.sentence !== tokens[first].sentence || !lex.titleHeads.has(head.lower) || isCapWord(head)) return null;
  let s = first - 1;
  // Modifiers: title words, adjectives and nouns ("aid coordinator", "campaign manager"); a capitalised
  // one only at the start of the sentence ("Opposition leader Tomas Ferreira").
  const modifier = (t: Token) => lex.titleModifiers.has(t.lower) || t.pos === 'ADJ' || t.pos === 'NOUN';
  while (s - 1 >= 0 && tokens[s - 1].sentence === head.sentence && modifier(tokens[s - 1]) && (!isCapWord(tokens[s - 1]) || s - 1 === 0 || tokens[s - 2].sentence !== head.sentence) && first - s < 3) s--;
  return { first: s, end: first, qualifier: null };
}

/** An appositive title after the name ending at token `end` ("..., the economic negotiator"). */
export function titleAfter(tokens: Token[], end: number, lex: Lexicon): FoundTitle | null {
  const comma = tokens[end];
  if (!comma || comma.norm !== ',' ) return null;
  const sentence = comma.sentence;
  let k = end + 1;
  let qualifier: [number, number] | null = null;
  // After an article, an occupation describes the person too: "Maria Lopez, a farmer near Talca".
  let roles = false;
  if (tokens[k] && DETERMINERS.has(tokens[k].lower)) {
    roles = ARTICLES.has(tokens[k].lower);
    k++;
  } else {
    // "South Korea's unification minister"
    let q = k;
    while (q < tokens.length && isCapWord(tokens[q]) && tokens[q].sentence === sentence) q++;
    if (q > k && tokens[q] && (tokens[q].norm === "'s" || tokens[q].norm === "'")) {
      qualifier = [k, q];
      k = q + 1;
    }
  }
  const first = k;
  let headEnd = -1;
  for (let n = 0; n < 5 && k < tokens.length && tokens[k].sentence === sentence; n++, k++) {
    const t = tokens[k];
    if (lex.titleHeads.has(t.lower) || (roles && lex.roleHeads.has(t.lower) && !isCapWord(t))) headEnd = k + 1;
    else if (!(lex.titleModifiers.has(t.lower) || t.pos === 'ADJ' || (t.pos === 'NOUN' && headEnd < 0) || (isCapWord(t) && headEnd < 0))) break;
    else if (headEnd > 0) break;
  }
  if (headEnd < 0) return null;
  // The phrase must end there: ", the economic negotiator," / "... negotiator." / "president of ..."
  const after = tokens[headEnd];
  if (after && after.sentence === sentence && !PHRASE_END.has(after.lower) && after.pos !== 'VERB' && after.pos !== 'AUX') return null;
  return { first, end: headEnd, qualifier };
}

/**
 * A title set off by a comma before the name that starts at token `first`, the phrase opening its
 * sentence and the name closed by a comma: "Argentina's foreign minister, Gerardo Werthein, said",
 * "The bank's chief economist, Ana Ruiz, warned".
 */
export function titleBeforeComma(tokens: Token[], first: number, nameEnd: number, lex: Lexicon): FoundTitle | null {
  const comma = tokens[first - 1];
  const head = tokens[first - 2];
  const sentence = tokens[first].sentence;
  if (comma?.norm !== ',' || !head || head.sentence !== sentence || !lex.titleHeads.has(head.lower)) return null;
  if (tokens[nameEnd]?.norm !== ',' || tokens[nameEnd].sentence !== sentence) return null;
  let s = first - 2;
  const modifier = (t: Token) => lex.titleModifiers.has(t.lower) || lex.titleHeads.has(t.lower) || t.pos === 'ADJ' || t.pos === 'NOUN';
  while (s - 1 >= 0 && tokens[s - 1].sentence === sentence && first - 2 - s < 3 && modifier(tokens[s - 1]) && !isCapWord(tokens[s - 1])) s--;
  const titleFirst = s;
  // Before the title: the sentence start, an article, or a possessor ("Argentina's", "The bank's").
  let qualifier: [number, number] | null = null;
  let p = s - 1;
  if (p >= 0 && tokens[p].sentence === sentence && (tokens[p].norm === "'s" || tokens[p].norm === "'")) {
    let q = p;
    while (q - 1 >= 0 && tokens[q - 1].sentence === sentence && tokens[q - 1].pos !== 'DET' && (isCapWord(tokens[q - 1]) || tokens[q - 1].pos === 'NOUN') && p - q < 4) q--;
    if (q === p) return null;
    if (isCapWord(tokens[q])) qualifier = [q, p];
    p = q - 1;
    if (p >= 0 && tokens[p].sentence === sentence && ARTICLES.has(tokens[p].lower)) p--;
  } else if (p >= 0 && tokens[p].sentence === sentence && ARTICLES.has(tokens[p].lower)) p--;
  if (p >= 0 && tokens[p].sentence === sentence) return null;
  return { first: titleFirst, end: first - 1, qualifier };
}
