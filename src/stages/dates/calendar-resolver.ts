// Resolves the candidates whose value needs at most the publication date and the clause tense:
//   absolute   "September 2022" -> 2022-09, "since 2021" -> 2021 (no reference; resolves without a
//              publication date too)
//   deictic    "three years ago" -> 2022, "last month" -> 2025-07, "as of today", "August last year"
//   month-day  "the Nov. 8 election": past tense -> the latest Nov. 8 on or before publication, future
//              -> the first on or after, else the nearest (within six months)
//   month      "in May", "last August", "next March": the same, by the modifier or the tense
// Relative forms stay null without a publication date: never resolved against today's date.
import { compareYmd, dayNumber, formatYmd, shiftBy, type Ymd } from './calendar.js';
import type { DateCandidate, Refiner } from './date-candidate.js';
import type { DateContext } from './date-context.js';

/** The year for a month (and day) without one, by modifier or tense; `day` 0 compares months only. */
function yearFor(pub: Ymd, month: number, day: number, how: 'last' | 'next' | 'this' | 'past' | 'future' | null): number {
  const here = (year: number) => ({ year, month, day: day || 1 });
  const cmp = (year: number) => (day ? compareYmd(here(year), pub) : (year * 12 + month) - (pub.year * 12 + pub.month));
  switch (how) {
    case 'this':
      return pub.year;
    case 'last':
      return cmp(pub.year) < 0 ? pub.year : pub.year - 1;
    case 'next':
      return cmp(pub.year) > 0 ? pub.year : pub.year + 1;
    case 'past':
      return cmp(pub.year) <= 0 ? pub.year : pub.year - 1;
    case 'future':
      return cmp(pub.year) >= 0 ? pub.year : pub.year + 1;
    default: {
      // Nearest; a tie (six months either way) goes to the past, which news reports more often.
      const distance = (year: number) => Math.abs(day ? dayNumber(here(year)) - dayNumber(pub) : cmp(year));
      return [pub.year - 1, pub.year, pub.year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best));
    }
  }
}

function resolve(c: DateCandidate, ctx: DateContext): void {
  const pub = ctx.pub;
  const s = c.stated;
  switch (c.how) {
    case 'absolute':
      if (s.year === undefined) return;
      c.day = { year: s.year, month: s.month ?? 1, day: s.day ?? 1 };
      c.upcoming = pub !== null && compareYmd(c.day, pub) > 0;
      return; // no reference: the phrase says it all
    case 'deictic':
      if (!pub || !c.shift) return;
      c.day = shiftBy(pub, c.shift.amount, c.shift.unit);
      if (s.month !== undefined) c.day = { year: c.day.year, month: s.month, day: 1 }; // "August last year"
      if (c.shift.unit === 'minute' && c.grain === 'time') c.grain = 'day'; // the publication time is unknown
      break;
    case 'month':
    case 'month-day': {
      if (!pub || s.month === undefined) return;
      // "since May" looks back whatever the clause's tense.
      const tense = c.modifier ?? (c.stated.relative === 'since' ? 'past' : ctx.tenseAt(c.start));
      const how = tense === 'present' ? null : tense;
      const year = yearFor(pub, s.month, s.day ?? 0, how);
      c.day = { year, month: s.month, day: s.day ?? 1 };
      if (tense === 'future') c.upcoming = true;
      break;
    }
    default:
      return;
  }
  c.reference = formatYmd(pub);
  if (compareYmd(c.day, pub) > 0) c.upcoming = true;
}

export const calendarResolver: Refiner = {
  name: 'calendar',
  refine(candidates, ctx) {
    for (const c of candidates) resolve(c, ctx);
    return candidates;
  },
};
