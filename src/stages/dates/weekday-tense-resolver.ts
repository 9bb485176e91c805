// Resolves a weekday without a date ("on Thursday", "the Friday meeting", "Wednesday's call") against the
// publication date by the tense of its clause:
//   past    ("Putin on Thursday praised", "said on Wednesday")      the latest such day on or before
//           publication (the same day when published on that weekday)
//   future  ("will meet on Friday", "the Friday meeting would ...",  the first such day on or after
//            "is scheduled for Monday")                               publication (wire style names
//           today by its weekday: "will speak Friday" in a Friday story is today)
//   present or no verb ("Putin meets Trump on Friday",               the day the same weekday took where
//            "the impact of Monday's debate is small")                the article's tense was clear (one
//           date per weekday per article), else the nearest such day (chrono's rule)
// "last/next/this Friday" keep chrono's reading. Shifted weekdays are resolved the same way and then
// shifted: "the day after Monday's debate", "10 years ago Sunday" (always a past Sunday).
// Without a publication date the value stays null.
import { addDays, compareYmd, dayNumber, formatYmd, fromDayNumber, shiftBy, weekdayOf, type Ymd } from './calendar.js';
import type { DateCandidate, Refiner } from './date-candidate.js';
import type { DateContext } from './date-context.js';

export const WEEKDAY_TENSE_EXTRACTOR = 'dates.weekday-tense.v1';

export const weekdayOnOrBefore = (ref: Ymd, weekday: number): Ymd => addDays(ref, -((weekdayOf(ref) - weekday + 7) % 7));
export const weekdayOnOrAfter = (ref: Ymd, weekday: number): Ymd => addDays(ref, (weekday - weekdayOf(ref) + 7) % 7);

export function nearestWeekday(ref: Ymd, weekday: number): Ymd {
  const forward = (weekday - weekdayOf(ref) + 7) % 7;
  return forward <= 3 ? addDays(ref, forward) : addDays(ref, forward - 7);
}

function byModifier(pub: Ymd, weekday: number, modifier: 'last' | 'next' | 'this'): Ymd {
  if (modifier === 'last') return weekdayOnOrBefore(addDays(pub, -1), weekday);
  if (modifier === 'next') return weekdayOnOrAfter(addDays(pub, 1), weekday);
  return nearestWeekday(pub, weekday);
}

/** The weekday's own day, or null when the clause gives no tense (decided later by the article). */
function clearDay(c: DateCandidate, pub: Ymd, ctx: DateContext): { day: Ymd; future: boolean } | null {
  const weekday = c.stated.weekday as number;
  if (c.modifier) {
    // Chrono read "last/next/this Friday" itself; a shifted weekday's inner modifier is read here.
    const { year, month, day } = c.parts;
    if (c.how === 'weekday' && year && month && day) return { day: { year, month, day }, future: false };
    return { day: byModifier(pub, weekday, c.modifier), future: c.modifier === 'next' };
  }
  if (c.pastWeekday || c.stated.relative === 'since') return { day: weekdayOnOrBefore(pub, weekday), future: false };
  // A weekday before a noun or "'s" ("the Friday meeting", "Friday's vote") is inside a noun phrase.
  const next = ctx.tokens[ctx.tokenAt(c.end)];
  const attributive = next !== undefined && (next.pos === 'NOUN' || next.lower === "'s") && next.start - c.end <= 1;
  const tense = ctx.tenseAt(c.start, attributive);
  if (tense === 'past') return { day: weekdayOnOrBefore(pub, weekday), future: false };
  if (tense === 'future') return { day: weekdayOnOrAfter(pub, weekday), future: true };
  return null;
}

export const weekdayTenseResolver: Refiner = {
  name: 'weekday-tense',
  refine(candidates, ctx) {
    const pub = ctx.pub;
    if (!pub) return candidates;
    const finish = (c: DateCandidate, day: Ymd, future: boolean) => {
      c.day = c.how === 'shifted-weekday' && c.shift ? shiftBy(day, c.shift.amount, c.shift.unit) : day;
      c.reference = formatYmd(pub);
      c.upcoming = future || compareYmd(c.day, pub) > 0;
      if (c.how === 'weekday') c.extractor = WEEKDAY_TENSE_EXTRACTOR;
    };
    // weekday -> day number -> how many clear mentions chose it.
    const votes = new Map<number, Map<number, number>>();
    const pending: DateCandidate[] = [];
    for (const c of candidates) {
      if ((c.how !== 'weekday' && c.how !== 'shifted-weekday') || c.stated.weekday === undefined) continue;
      const clear = clearDay(c, pub, ctx);
      if (!clear) {
        pending.push(c);
        continue;
      }
      const byDay = votes.get(c.stated.weekday) ?? new Map<number, number>();
      byDay.set(dayNumber(clear.day), (byDay.get(dayNumber(clear.day)) ?? 0) + 1);
      votes.set(c.stated.weekday, byDay);
      finish(c, clear.day, clear.future);
    }
    for (const c of pending) {
      const weekday = c.stated.weekday as number;
      let best: number | null = null;
      for (const [day, count] of votes.get(weekday) ?? []) {
        if (best === null || count > (votes.get(weekday)?.get(best) ?? 0)) best = day;
      }
      const day = best === null ? nearestWeekday(pub, weekday) : fromDayNumber(best);
      finish(c, day, compareYmd(day, pub) > 0);
    }
    return candidates;
  },
};
