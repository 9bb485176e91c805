// Resolves the candidates whose value needs at most the publication date and the clause tense:
//   absolute   "September 2022" -> 2022-09, "since 2021" -> 2021 (no reference; resolves without a
//              publication date too)
//   deictic    "three years ago" -> 2022, "last month" -> 2025-07, "as of today", "August last year"
//   month-day  "the Nov. 8 election": past tense -> the latest Nov. 8 on or before publication, future
//              -> the first on or after, else the nearest (within six months)
//   month      "in May", "last August", "next March": the same, by the modifier or the tense ("as of
//              March 20" in a present clause: the past one); a sentence without a verb takes the tense
//              of the one before it in the paragraph; a year stated earlier in the sentence wins ("In
//              2016 ... by December": 2016-12)
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

function resolve(c: DateCandidate, ctx: DateContext, storyYear: number | null): void {
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
      // "since May" looks back whatever the clause's tense; "as of March 20" reports a state already
      // known, so it looks back too unless the clause is future ("as of May 1 the rule will apply").
      const clause = c.stated.relative === 'since' ? 'past' : ctx.narrativeTenseAt(c.start);
      const tense = c.modifier ?? (c.stated.relative === 'as of' && clause !== 'future' ? 'past' : clause);
      const how = tense === 'present' ? null : tense;
      // A year stated earlier in the same sentence is the story's own time: "In 2016 the firm said it would
      // finish by December" is December 2016 whatever the tense says relative to publication.
      const year = storyYear !== null && !c.modifier ? storyYear : yearFor(pub, s.month, s.day ?? 0, how);
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
    // The year of the latest absolute date in the current sentence, for bare months after it.
    let sentence = -1;
    let storyYear: number | null = null;
    let storyYearEnd = 0;
    for (const c of candidates) {
      const here = ctx.sentenceAt(c.start);
      if (here !== sentence) [sentence, storyYear] = [here, null];
      // A semicolon starts a clause of its own ("That deal closed in June 2018; he remains ... as of March 20").
      if (storyYear !== null && ctx.text.slice(storyYearEnd, c.start).includes(';')) storyYear = null;
      resolve(c, ctx, storyYear);
      if (c.how === 'absolute' && c.stated.year !== undefined) [storyYear, storyYearEnd] = [c.stated.year, c.end];
    }
    return candidates;
  },
};
