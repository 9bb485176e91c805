// A legislator's party and state after the name, as US newsrooms write it: "Rep. Jo Smith (R-TX)",
// "Sen. Jo Smith, D-N.Y., said", "(I-Vermont)". The party letter is no part of a name; the state is a
// place. The tagger reads "R-TX" as one place or misses it: here the party letter, its hyphen and
// the state become one GPE name for the state alone, replacing whatever overlapped them. The state
// must be one the lexicon knows (a US state's name, postal code or AP abbreviation), between "(" or
// "," and ")" or ",".
import type { Token } from '../../core/records/token.js';
import type { Lexicon } from './lexicon.js';
import type { TypedCandidate } from './merge-tagged-names.js';

const PARTIES = new Set(['R', 'D', 'I']);
const OPENERS = new Set(['(', ',']);
const CLOSERS = new Set([')', ',']);
/** Most tokens a written state takes ("N", ".", "Y." for "N.Y."). */
const MAX_STATE_TOKENS = 4;

/** The state's tokens [first, end) when a party code starts at `k`, else null. */
function stateAfterParty(tokens: readonly Token[], k: number, lex: Lexicon): [number, number] | null {
  const party = tokens[k];
  const hyphen = tokens[k + 1];
  if (!PARTIES.has(party.norm) || !OPENERS.has(tokens[k - 1]?.norm ?? '') || hyphen?.norm !== '-' || hyphen.spaceBefore) return null;
  let written = '';
  for (let end = k + 2; end < tokens.length && end < k + 2 + MAX_STATE_TOKENS; end++) {
    const t = tokens[end];
    if (end > k + 2 && t.spaceBefore) break;
    if (end === k + 2 && t.spaceBefore) return null;
    written += t.lower;
    const next = tokens[end + 1];
    // The abbreviation's full stop may be the comma's neighbour: "D-Minn.," or the sentence's end.
    if (lex.places.has(written) && (!next || CLOSERS.has(next.norm) || next.spaceBefore)) return [k + 2, end + 1];
  }
  return null;
}

export function partyStates(typed: TypedCandidate[], tokens: readonly Token[], lex: Lexicon): TypedCandidate[] {
  const states: TypedCandidate[] = [];
  const covered: [number, number][] = [];
  for (let k = 1; k < tokens.length - 2; k++) {
    const state = stateAfterParty(tokens, k, lex);
    if (!state) continue;
    covered.push([k, state[1]]);
    states.push({ cand: { first: state[0], end: state[1], mentionFirst: state[0], honorific: false, title: null, qualifier: null, description: false }, type: 'GPE', tagged: true });
  }
  if (!states.length) return typed;
  const kept = typed.filter((t) => !covered.some(([a, b]) => t.cand.first < b && a < t.cand.end));
  return [...kept, ...states].sort((a, b) => a.cand.first - b.cand.first);
}
