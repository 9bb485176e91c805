// The shared core of the per-field resolvers: normalise each candidate (dropping the ones that do
// not parse), group equal values, and choose the group with the best score. A group's score is
// its best candidate's prior plus a small bonus for every other source that agrees, so three
// weak sources saying the same thing can beat one stronger source alone.
import type { Candidate, FieldChoice } from './candidate.js';

const AGREEMENT_BONUS = 0.05;

export interface Normalized<T> {
  value: T;
  key: string;
  candidate: Candidate;
}

export function pickBest<T>(
  candidates: Candidate[],
  normalize: (c: Candidate) => { value: T; key: string } | null,
  prefer: (a: Normalized<T>, b: Normalized<T>) => number = (a, b) => b.candidate.score - a.candidate.score,
): { winner: Normalized<T>; choice: FieldChoice } | null {
  const groups = new Map<string, Normalized<T>[]>();
  for (const c of candidates) {
    const n = normalize(c);
    if (n == null) continue;
    const group = groups.get(n.key) ?? [];
    group.push({ ...n, candidate: c });
    groups.set(n.key, group);
  }
  let best: { score: number; members: Normalized<T>[] } | null = null;
  for (const members of groups.values()) {
    const sources = new Set(members.map((m) => m.candidate.source));
    const score = members.reduce((s, m) => Math.max(s, m.candidate.score), -Infinity) + AGREEMENT_BONUS * (sources.size - 1);
    if (best == null || score > best.score) best = { score, members };
  }
  if (best == null) return null;
  const winner = [...best.members].sort(prefer)[0];
  const agree = new Set(best.members.map((m) => m.candidate.source));
  agree.delete(winner.candidate.source);
  const reason = agree.size > 0 ? `best score; agrees with ${[...agree].join(', ')}` : 'best score';
  return {
    winner,
    choice: { value: null, source: winner.candidate.source, score: Number(best.score.toFixed(3)), reason, candidates: candidates.length },
  };
}

export function noChoice(candidates: Candidate[], reason = 'no usable candidate'): FieldChoice {
  return { value: null, source: null, score: 0, reason, candidates: candidates.length };
}
