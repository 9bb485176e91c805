// Resolves a weekday without a date ("on Thursday", "the Friday meeting", "Wednesday's call") against the
// publication date by the tense of its clause:
//   past    ("Putin on Thursday praised", "said on Wednesday")      the latest such day on or before
//           publication (the same day when published on that weekday)
//   future  ("will meet on Friday", "the Friday meeting would ...",  the first such day on or after
//            "is scheduled for Monday")                               publication (wire style names
//           today by its weekday: "will speak Friday" in a Friday story is today)
//   present or no verb ("Putin meets Trump on Friday")               the nearest such day (chrono's rule)
// "last/next/this Friday" keep chrono's reading. Without a publication date the value stays null.
import { addDays, compareYmd, formatYmd, weekdayOf, type Ymd } from './calendar.js';
import type { Refiner } from './date-candidate.js';

export const WEEKDAY_TENSE_EXTRACTOR = 'dates.weekday-tense.v1';

export const weekdayOnOrBefore = (ref: Ymd, weekday: number): Ymd => addDays(ref, -((weekdayOf(ref) - weekday + 7) % 7));
export const weekdayOnOrAfter = (ref: Ymd, weekday: number): Ymd => addDays(ref, (weekday - weekdayOf(ref) + 7) % 7);

export function nearestWeekday(ref: Ymd, weekday: number): Ymd {
  const forward = (weekday - weekdayOf(ref) + 7) % 7;
  return forward <= 3 ? addDays(ref, forward) : addDays(ref, forward - 7);
}

export const weekdayTenseResolver: Refiner = {
  name: 'weekday-tense',
  refine(candidates, ctx) {
    const pub = ctx.pub;
    if (!pub) return candidates;
    for (const c of candidates) {
      if (c.how !== 'weekday' || c.stated.weekday === undefined) continue;
      const weekday = c.stated.weekday;
      let day: Ymd;
      let future = false;
      if (c.modifier && c.parts.year && c.parts.month && c.parts.day) {
        day = { year: c.parts.year, month: c.parts.month, day: c.parts.day };
      } else {
        // A weekday before a noun or "'s" ("the Friday meeting", "Friday's vote") is inside a noun phrase.
        const next = ctx.tokens[ctx.tokenAt(c.end)];
        const attributive = next !== undefined && (next.pos === 'NOUN' || next.lower === "'s") && next.start - c.end <= 1;
        const tense = ctx.tenseAt(c.start, attributive);
        future = tense === 'future';
        day = tense === 'past' ? weekdayOnOrBefore(pub, weekday) : future ? weekdayOnOrAfter(pub, weekday) : nearestWeekday(pub, weekday);
        c.extractor = WEEKDAY_TENSE_EXTRACTOR;
      }
      c.day = day;
      c.reference = formatYmd(pub);
      c.upcoming = future || compareYmd(day, pub) > 0;
    }
    return candidates;
  },
};
