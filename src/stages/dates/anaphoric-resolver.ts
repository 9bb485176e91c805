// Resolves anaphoric phrases against the time being discussed: the latest resolved date earlier in the
// same paragraph that is at least as fine as the phrase's unit (a year for "two years later", a day
// for "a day later"), else the publication date.
//   "a day later", "the next day", "the following week"   the anchor shifted
//   "two days earlier", "the day before"                  the anchor shifted back
//   "In 2009 ... two years later"                         2011
//   "a day after the pair took part in a call"             the anchor itself: the phrase dates the main
//                                                          clause by another event whose day we do not know
//                                                          ("the week after the deal": the anchor's week)
//   "seven years after the war", "three months before     unresolved: the offset is from an event we cannot
//    the vote"                                             date, and too long to approximate by the anchor
//   "about an hour later"                                  the anchor's day (we know no time to add to)
// One pass in text order, so a chain ("a day later ... two days later") builds on itself.
import { formatYmd, shiftBy, type Grain, type ShiftUnit, type Ymd } from './calendar.js';
import type { Refiner } from './date-candidate.js';

export const ANAPHORIC_EXTRACTOR = 'dates.narrative-anchor.v1';

/** Anchor slots, coarse to fine: a date of grain g can anchor shifts in units from SLOT[g] down. */
const SLOT_OF_GRAIN: Record<Grain, number> = { year: 0, month: 1, week: 2, day: 2, time: 2 };
const SLOT_OF_UNIT: Record<ShiftUnit, number> = { year: 0, month: 1, day: 2, minute: 2 };

/** An offset small enough that "N after <event>" is dated by the event's own (anchor) day or week. */
const withinAWeek = (shift: { amount: number; unit: ShiftUnit }): boolean =>
  shift.unit === 'minute' || (shift.unit === 'day' && Math.abs(shift.amount) <= 7);

export const anaphoricResolver: Refiner = {
  name: 'anaphoric',
  refine(candidates, ctx) {
    // slots[k]: the latest date at least as fine as slot k (0 year, 1 month, 2 day), with its paragraph.
    const slots: ({ paragraph: number; day: Ymd } | null)[] = [null, null, null];
    for (const c of candidates) {
      const paragraph = ctx.paragraphAt(c.start);
      if (c.how === 'anaphoric' && c.shift && c.introducesEvent && !withinAWeek(c.shift)) {
        c.day = null; // "seven years after the war": relative to an event with no date
        continue;
      }
      if (c.how === 'anaphoric' && c.shift) {
        const unit = c.introducesEvent ? 'day' : c.shift.unit;
        const slot = slots[SLOT_OF_UNIT[unit]];
        const anchor: Ymd | null = slot && slot.paragraph === paragraph ? slot.day : ctx.pub;
        if (anchor) {
          c.day = c.introducesEvent ? anchor : shiftBy(anchor, c.shift.amount, c.shift.unit);
          if (c.grain === 'time' || (c.introducesEvent && c.grain !== 'week')) c.grain = 'day';
          c.reference = formatYmd(anchor);
          c.extractor = ANAPHORIC_EXTRACTOR;
        }
      }
      if (c.day && c.grain) {
        for (let k = 0; k <= SLOT_OF_GRAIN[c.grain]; k++) slots[k] = { paragraph, day: c.day };
      }
    }
    return candidates;
  },
};
