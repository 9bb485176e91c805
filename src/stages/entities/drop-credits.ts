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

/**
 * Per token, where its line starts and ends and the last "contributed" on it, computed once per
 * document: asking per name by walking the line is quadratic on text with few line breaks.
 */
interface Lines {
  start: Int32Array;
  end: Int32Array;
  lastContributed: Int32Array;
}

function lines(tokens: readonly Token[]): Lines {
  const n = tokens.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const lastContributed = new Int32Array(n).fill(-1);
  let lineFirst = 0;
  for (let i = 0; i <= n; i++) {
    if (i === n || (i > 0 && tokens[i].lineBefore)) {
      let contributed = -1;
      for (let k = lineFirst; k < i; k++) if (tokens[k].lower === 'contributed') contributed = k;
      for (let k = lineFirst; k < i; k++) {
        start[k] = lineFirst;
        end[k] = i;
        lastContributed[k] = contributed;
      }
      lineFirst = i;
    }
  }
  return { start, end, lastContributed };
}

/** Longest contribution line read as one ("Jane Roe and John Doe contributed reporting from Lima."). */
const MAX_CONTRIBUTION_LINE = 20;

/**
 * "Jane Roe contributed reporting", "Jane Roe and John Doe contributed": a short line on which only
 * other names, commas and "and" stand between the name and "contributed" ("Ana Ruiz said it
 * contributed $40 million" is no credit).
 */
function contributionLine(tokens: readonly Token[], end: number, contributed: number, lineLength: number): boolean {
  if (lineLength > MAX_CONTRIBUTION_LINE) return false;
  for (let k = end; k < contributed; k++) if (!(tokens[k].norm === ',' || tokens[k].lower === 'and' || /^\p{Lu}/u.test(tokens[k].norm))) return false;
  return true;
}

function isCredit(t: TypedCandidate, tokens: readonly Token[], line: Lines): boolean {
  const { first, end } = t.cand;
  // The wire credit: "(AP) —".
  if (tokens[first - 1]?.norm === '(' && tokens[end]?.norm === ')' && DASHES.has(tokens[end + 1]?.norm ?? '')) return true;
  if (t.type !== 'PERSON') return false;
  const start = line.start[first];
  const stop = line.end[first];
  // "By Jane Roe" opening a line.
  if (first === start + 1 && tokens[start].lower === 'by') return true;
  // "JANE ROE" alone on its line.
  if (first === start && end === stop && end - first >= 2 && !tokens.slice(first, end).some((x) => LETTER_LOWER.test(x.norm))) return true;
  // "Jane Roe contributed reporting", "Contributing: Jane Roe".
  if (line.lastContributed[first] >= end && contributionLine(tokens, end, line.lastContributed[first], stop - start)) return true;
  return tokens[start].lower === 'contributing' && tokens[start + 1]?.norm === ':';
}

export function dropCredits(typed: TypedCandidate[], tokens: readonly Token[]): TypedCandidate[] {
  if (typed.length === 0) return typed;
  const line = lines(tokens);
  return typed.filter((t) => !isCredit(t, tokens, line));
}
