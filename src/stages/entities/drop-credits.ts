// Credits are not the article's actors (news-wild gold: "bylines, photo credits and boilerplate are
// not entities of the body"). Dropped here:
//   "WASHINGTON (AP) —", "LIMA (Reuters) -"    an agency in brackets right before a dash: the wire credit;
//   "By Jane Roe", "JANE ROE" (a line alone)   a byline: a person after "By" opening a line, or a
//                                              person's name in capitals that is a whole line;
//   "Jane Roe contributed reporting.",          a contribution line: the people named before
//   "Contributing: Jane Roe"                   "contributed" or after "Contributing:" on its line.
import type { Token } from '../../core/records/token.js';
import type { TypedCandidate } from './merge-tagged-names.js';

const DASHES = new Set(['—', '–', '-', '--']);
const LETTER_LOWER = /\p{Ll}/u;

function lineStart(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && !tokens[k].lineBefore) k--;
  return k;
}

function lineEnd(tokens: readonly Token[], i: number): number {
  let k = i + 1;
  while (k < tokens.length && !tokens[k].lineBefore) k++;
  return k;
}

function isCredit(t: TypedCandidate, tokens: readonly Token[]): boolean {
  const { first, end } = t.cand;
  // The wire credit: "(AP) —".
  if (tokens[first - 1]?.norm === '(' && tokens[end]?.norm === ')' && DASHES.has(tokens[end + 1]?.norm ?? '')) return true;
  if (t.type !== 'PERSON') return false;
  const start = lineStart(tokens, first);
  const stop = lineEnd(tokens, first);
  // "By Jane Roe" opening a line.
  if (first === start + 1 && tokens[start].lower === 'by') return true;
  // "JANE ROE" alone on its line.
  if (first === start && end === stop && end - first >= 2 && !tokens.slice(first, end).some((x) => LETTER_LOWER.test(x.norm))) return true;
  // "Jane Roe contributed reporting", "Contributing: Jane Roe".
  for (let k = end; k < stop; k++) if (tokens[k].lower === 'contributed') return true;
  return tokens[start].lower === 'contributing' && tokens[start + 1]?.norm === ':';
}

export function dropCredits(typed: TypedCandidate[], tokens: readonly Token[]): TypedCandidate[] {
  return typed.filter((t) => !isCredit(t, tokens));
}
