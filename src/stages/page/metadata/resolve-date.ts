// Date resolvers (publication and modification): candidates normalised to ISO 8601, grouped by
// calendar day, so `2025-08-14`, `2025-08-14T10:00:00-04:00` and the URL's /2025/08/14/ agree.
// Within the winning day the most precise value (with a time and zone) is kept.
import type { Candidate, FieldChoice } from './candidate.js';
import { normalizeDate } from './normalize-date.js';
import { noChoice, pickBest } from './pick-best.js';

const precision = (v: string) => (/[T ]\d{2}:\d{2}/.test(v) ? 1 : 0) + (/(Z|[+-]\d{2}:\d{2})$/.test(v) ? 1 : 0);

export function resolveDate(candidates: Candidate[]): { value: string | null; choice: FieldChoice } {
  // Pages repeat the same date string in many places; chrono reads each distinct one once.
  const memo = new Map<string, string | null>();
  const normalize = (raw: string) => {
    if (!memo.has(raw)) memo.set(raw, normalizeDate(raw));
    return memo.get(raw)!;
  };
  const picked = pickBest(
    candidates,
    (c) => {
      const value = normalize(c.value);
      return value == null ? null : { value, key: value.slice(0, 10) };
    },
    (a, b) => precision(b.value) - precision(a.value) || b.candidate.score - a.candidate.score,
  );
  if (!picked) return { value: null, choice: noChoice(candidates) };
  return { value: picked.winner.value, choice: { ...picked.choice, value: picked.winner.value } };
}
