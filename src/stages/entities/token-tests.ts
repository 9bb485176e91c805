// Small predicates over tokens shared by the entity extractors.
import type { Token } from '../../core/records/token.js';
import type { Lexicon } from './lexicon.js';

const CAP = /^\p{Lu}/u;
const HAS_LOWER_LETTER = /\p{Ll}/u;

/** A capitalised word that could be part of a name ("Putin", "O'Brien", "NATO", "U.S."). */
export function isCapWord(t: Token): boolean {
  if (t.type !== 'word' && t.type !== 'abbreviation' && t.pos !== 'PROPN') return false;
  return CAP.test(t.norm) && t.norm.length < 40;
}

export function isAcronym(t: Token): boolean {
  return /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/.test(t.norm);
}

export function isTitleWord(t: Token, lex: Lexicon): boolean {
  return lex.titleHeads.has(t.lower) || lex.titleModifiers.has(t.lower);
}

/** Lower-case word (not a name), used for hyphen joins such as "Yong-pyo". */
export function isLowerWord(t: Token): boolean {
  return t.type === 'word' && HAS_LOWER_LETTER.test(t.norm[0] ?? '');
}

export const SPEECH_VERB_LEMMAS = new Set([
  'say', 'tell', 'add', 'write', 'tweet', 'post', 'argue', 'claim', 'insist', 'warn', 'note', 'explain', 'state',
  'announce', 'declare', 'reply', 'respond', 'ask', 'concede', 'admit', 'acknowledge', 'suggest', 'report',
]);

/** The words of a name as written, hyphenated parts kept together: ["Kim", "Ji-woo"]. */
export function nameWords(tokens: Token[], first: number, end: number): string[] {
  let text = '';
  for (let k = first; k < end; k++) text += (k > first && tokens[k].spaceBefore ? ' ' : '') + tokens[k].norm;
  return text.split(' ');
}

/** Lower-case particles inside people's names: "Marieke de Vries", "Ludwig van Beethoven". */
export const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'ter', 'ten']);
