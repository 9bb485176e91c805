// Reassembles a name the tagger or the rules cut at a hyphen (runs after mergeTaggedNames, before
// joined names are split):
//   "T-Mobile", "Take-Two", "Coca-Cola"        a capitalised word or a number joined by a hyphen with no
//                                              space, before or after the name, that no other name
//                                              holds, joins it.
//   "James Kennedy Jr."                         a generational suffix after a person's name;
//   "Bashar al-Assad", "Abu Bakr al Baghdadi"  a person's name, a lower-case name particle (with or
//                                              without a hyphen after it) and the name right after it
//                                              are one person (the tagger and the rules may cut at the
//                                              particle).
// "US-made", "Kremlin-backed" stay as they are (the word after the hyphen is lower-case), and two
// names joined by a hyphen ("Lyon-Turin") are each their own (split-joined-names.ts decides).
import type { Token } from '../../core/records/token.js';
import type { TypedCandidate } from './merge-tagged-names.js';
import { NAME_PARTICLES } from './token-tests.js';

const GENERATIONAL = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);
const JOINABLE = /^[\p{Lu}\p{N}]/u;

const isAttachedHyphen = (tokens: readonly Token[], k: number) =>
  tokens[k]?.norm === '-' && !tokens[k].spaceBefore && tokens[k + 1] !== undefined && !tokens[k + 1].spaceBefore;

/**
 * Joins "<person> <particle>[-]<Name>" into one person: the name after the particle is a candidate of
 * its own (then merged) or a capitalised word no candidate holds (then taken in).
 */
function joinParticles(typed: TypedCandidate[], tokens: readonly Token[]): TypedCandidate[] {
  const sorted = [...typed].sort((a, b) => a.cand.first - b.cand.first);
  const startsAt = new Map(sorted.map((t, i) => [t.cand.first, i]));
  const held = new Uint8Array(tokens.length);
  for (const t of sorted) for (let k = t.cand.first; k < t.cand.end; k++) held[k] = 1;
  const merged = new Set<number>();
  const out: TypedCandidate[] = [];
  sorted.forEach((t, i) => {
    if (merged.has(i)) return;
    let end = t.cand.end;
    if (t.type === 'PERSON' && end + 1 < tokens.length && NAME_PARTICLES.has(tokens[end].norm) && tokens[end].spaceBefore && tokens[end].sentence === tokens[end - 1].sentence) {
      let k = end + 1;
      if (tokens[k].norm === '-' && !tokens[k].spaceBefore && tokens[k + 1] && !tokens[k + 1].spaceBefore) k++;
      const next = startsAt.get(k);
      if (next !== undefined && (sorted[next].type === 'PERSON' || sorted[next].type === 'UNKNOWN') && !sorted[next].cand.title && !sorted[next].cand.honorific) {
        merged.add(next);
        end = sorted[next].cand.end;
      } else if (k < tokens.length && !held[k] && JOINABLE.test(tokens[k].norm) && tokens[k].sentence === tokens[end - 1].sentence) {
        end = k + 1;
      }
    }
    // "James Kennedy Jr.", "Ken Griffey, Jr.": a generational suffix ends the name.
    if (t.type === 'PERSON') {
      const k = tokens[end]?.norm === ',' ? end + 1 : end;
      if (k < tokens.length && GENERATIONAL.has(tokens[k].norm) && !held[k] && tokens[k].sentence === tokens[end - 1].sentence) end = k + 1;
    }
    out.push(end === t.cand.end ? t : { ...t, cand: { ...t.cand, end } });
  });
  return out;
}

export function joinHyphenatedNames(typed: TypedCandidate[], tokens: readonly Token[]): TypedCandidate[] {
  return joinAtHyphens(joinParticles(typed, tokens), tokens);
}

function joinAtHyphens(typed: TypedCandidate[], tokens: readonly Token[]): TypedCandidate[] {
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
