// Market codes are not names of the article's actors (news-wild gold: "tickers ... are not entities"):
//   "(NYSE: ABCD)", "Nasdaq: ABCD"        an all-capitals code after an exchange and a colon;
//   "ABCD 4,512.30 +0.6%", "ABCD -1.2%"    a short all-capitals code right before a price or a change,
//                                         on a line of its own or in a run of quotes;
//   "$ABCD"                               a cashtag.
// Runs after the tagger and the rules have merged their names; a code the article also uses as a
// name elsewhere ("ABCD said on Monday") is kept there.
import type { Token } from '../../core/records/token.js';
import type { Lexicon } from './lexicon.js';
import type { TypedCandidate } from './merge-tagged-names.js';

const CODE = /^[A-Z][A-Z0-9.^]{1,5}$/;
const EXCHANGES = new Set(['nyse', 'nasdaq', 'amex', 'lse', 'tsx', 'asx', 'nse', 'bse', 'hkex', 'sgx', 'otc', 'otcqx', 'ticker']);
const PRICE = /^[+\-−]?\d[\d,]*(?:\.\d+)?%?$/;

function isMarketCode(tokens: readonly Token[], first: number, end: number): boolean {
  if (end - first !== 1 || !CODE.test(tokens[first].norm)) return false;
  const before = tokens[first - 1];
  const before2 = tokens[first - 2];
  if (before?.norm === '$' && !tokens[first].spaceBefore) return true;
  if (before?.norm === ':' && before2 && EXCHANGES.has(before2.lower)) return true;
  // A price or a change right after: "ABCD 4,512.30", "ABCD +0.6%", "ABCD -12".
  let k = end;
  if (tokens[k] && (tokens[k].norm === '+' || tokens[k].norm === '-' || tokens[k].norm === '−')) k++;
  const next = tokens[k];
  if (!next || next.sentence !== tokens[first].sentence || !PRICE.test(next.norm)) return false;
  // A sign, a percentage or decimals: a quote, not a count ("G7 2019", "AK 47").
  return k > end || next.norm.endsWith('%') || tokens[k + 1]?.norm === '%' || /[.,]\d/.test(next.norm);
}

export function dropMarketCodes(typed: TypedCandidate[], tokens: readonly Token[], lex: Lexicon): TypedCandidate[] {
  // A country's code before a number is the country ("UK 1.5%" in a table of growth rates).
  return typed.filter((t) => lex.countries.has(tokens[t.cand.first].lower) || !isMarketCode(tokens, t.cand.first, t.cand.end));
}
