// Reassembles a name the tagger or the rules cut at a hyphen (runs after mergeTaggedNames, before
// joined names are split):
//   "T-Mobile", "Take-Two", "Coca-Cola"        a capitalised word or a number joined by a hyphen with no
//                                              space, before or after the name, that no other name
//                                              holds, joins it.
// "US-made", "Kremlin-backed" stay as they are (the word after the hyphen is lower-case), and two
// names joined by a hyphen ("Lyon-Turin") are each their own (split-joined-names.ts decides).
import type { Token } from '../../core/records/token.js';
import type { TypedCandidate } from './merge-tagged-names.js';

const JOINABLE = /^[\p{Lu}\p{N}]/u;

const isAttachedHyphen = (tokens: readonly Token[], k: number) =>
  tokens[k]?.norm === '-' && !tokens[k].spaceBefore && tokens[k + 1] !== undefined && !tokens[k + 1].spaceBefore;

export function joinHyphenatedNames(typed: TypedCandidate[], tokens: readonly Token[]): TypedCandidate[] {
  const held = new Uint8Array(tokens.length);
  for (const t of typed) for (let k = t.cand.first; k < t.cand.end; k++) held[k] = 1;
  return typed.map((t) => {
    let { first, end } = t.cand;
    while (first >= 2 && isAttachedHyphen(tokens, first - 1) && !held[first - 2] && JOINABLE.test(tokens[first - 2].norm) && tokens[first - 2].sentence === tokens[first].sentence) first -= 2;
    while (end + 1 < tokens.length && isAttachedHyphen(tokens, end) && !held[end + 1] && JOINABLE.test(tokens[end + 1].norm) && tokens[end + 1].sentence === tokens[end - 1].sentence) end += 2;
    if (first === t.cand.first && end === t.cand.end) return t;
    for (let k = first; k < end; k++) held[k] = 1;
    const mentionFirst = first < t.cand.first ? first : t.cand.mentionFirst;
    return { ...t, cand: { ...t.cand, first, end, mentionFirst } };
  });
}
