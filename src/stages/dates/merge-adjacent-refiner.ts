// Joins two adjacent candidates that are one phrase: "10 years ago Sunday" / "a year ago on Sunday" (the
// anniversary: that past weekday, shifted back) and "August last year" / "May of next year" (a month
// of a relative year). Chrono reads each half on its own.
import { candidate, type DateCandidate, type Refiner } from './date-candidate.js';

export const AGO_WEEKDAY_EXTRACTOR = 'dates.ago-weekday.v1';

const AGO_GAP = /^\s*,?\s*$/;
const OF_GAP = /^\s*(?:of\s+)?$/i;

function agoWeekday(a: DateCandidate, b: DateCandidate, between: string): DateCandidate | null {
  if (a.how !== 'deictic' || !/\bago$/i.test(a.stated.relative ?? '') || !a.shift) return null;
  if (b.how !== 'weekday' || b.modifier || b.time || !AGO_GAP.test(between)) return null;
  const c = candidate(a.start, b.end, 'shifted-weekday', AGO_WEEKDAY_EXTRACTOR, `${a.source}+${b.source}`);
  c.stated = { weekday: b.stated.weekday, relative: a.stated.relative };
  c.shift = a.shift;
  c.pastWeekday = true;
  c.grain = 'day';
  return c;
}

function monthOfYear(a: DateCandidate, b: DateCandidate, between: string): DateCandidate | null {
  if (a.how !== 'month' || a.modifier || b.how !== 'deictic' || b.grain !== 'year' || !OF_GAP.test(between)) return null;
  if (!/^(?:last|this|next)\s+year$/i.test(b.stated.relative ?? '')) return null;
  const c = candidate(a.start, b.end, 'deictic', b.extractor, `${a.source}+${b.source}`);
  c.stated = { month: a.stated.month, relative: b.stated.relative };
  c.shift = b.shift;
  c.grain = 'month';
  return c;
}

export const mergeAdjacentRefiner: Refiner = {
  name: 'merge-adjacent',
  refine(candidates, ctx) {
    const out: DateCandidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const a = candidates[i];
      const b = candidates[i + 1];
      if (b && b.start >= a.end) {
        const between = ctx.text.slice(a.end, b.start);
        const merged = agoWeekday(a, b, between) ?? monthOfYear(a, b, between);
        if (merged) {
          out.push(merged);
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  },
};
