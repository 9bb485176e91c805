// Resolves anaphoric phrases against the day being discussed: the latest resolved day earlier in the
// same paragraph, else the publication date.
//   "a day later", "the next day", "the following week"   the anchor shifted
//   "two days earlier", "the day before"                  the anchor shifted back
//   "a day after the pair took part in a call"             the anchor itself: the phrase dates the main
//                                                          clause by another event whose day we do not know
//   "about an hour later"                                  the anchor's day (we know no time to add to)
// One pass in text order, so a chain ("a day later ... two days later") builds on itself.
import { formatYmd, type Ymd } from './calendar.js';
import { shifted } from './calendar-resolver.js';
import type { DateCandidate, Refiner } from './date-candidate.js';

export const ANAPHORIC_EXTRACTOR = 'dates.narrative-anchor.v1';

const anchors = (c: DateCandidate): boolean => c.day !== null && (c.grain === 'day' || c.grain === 'time');

export const anaphoricResolver: Refiner = {
  name: 'anaphoric',
  refine(candidates, ctx) {
    let last: { paragraph: number; day: Ymd } | null = null;
    for (const c of candidates) {
      const paragraph = ctx.paragraphAt(c.start);
      if (c.how === 'anaphoric' && c.shift) {
        const anchor: Ymd | null = last && last.paragraph === paragraph ? last.day : ctx.pub;
        if (anchor) {
          c.day = c.introducesEvent ? anchor : shifted(anchor, c.shift);
          if (c.grain === 'time' || c.introducesEvent) c.grain = 'day';
          c.reference = formatYmd(anchor);
          c.extractor = ANAPHORIC_EXTRACTOR;
        }
      }
      if (anchors(c) && c.day) last = { paragraph, day: c.day };
    }
    return candidates;
  },
};
