// Parts of the calendar that chrono does not read as dates, resolved against the publication date:
//   weekends      "over the weekend", "last weekend's call", "this weekend", "next weekend": the weekend
//                 before publication in a past or tenseless clause, the coming one in a future clause
//                 (a weekend that holds the publication day is that one); grain week
//   period edges  "the end of the year", "at the beginning of the week", "the rest of this month",
//                 "the start of next year": that year, month or week
//   seasons       "this fall", "last summer", "next spring", "this past winter": the year the season
//                 falls in (grain year; winter is the year it starts in)
// A bare season ("a rainless fall") or "the weekend" with no preposition stays out: the words are
// common nouns and verbs too.
import { weekdayOf, type Ymd } from './calendar.js';
import { candidate, type DateCandidate } from './date-candidate.js';
import type { DateContext } from './date-context.js';

export const PERIOD_EXTRACTOR = 'dates.calendar-period.v1';

const WEEKEND = /\b(?:(?:over|during|on|at|for|through|across)\s+the|(this|last|past|next|coming))\s+weekend\b/gi;
const EDGE = /\b(?:the\s+)?(?:very\s+)?(start|beginning|end|middle|rest|remainder)\s+of\s+(the|this|next|last)\s+(week|month|year)\b/gi;
const SEASON = /\b(this|last|next|this\s+past|this\s+coming|past|coming)\s+(spring|summer|fall|autumn|winter)\b/gi;
/** First month of each season (northern: news in English mostly is). */
const SEASON_START: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };

function deictic(start: number, end: number, text: string, grain: 'year' | 'month' | 'week', shift: DateCandidate['shift']): DateCandidate {
  const c = candidate(start, end, 'deictic', PERIOD_EXTRACTOR, PERIOD_EXTRACTOR);
  c.stated = { relative: text.toLowerCase().replace(/\s+/g, ' ') };
  c.grain = grain;
  c.shift = shift;
  return c;
}

/** The Saturday of the weekend meant, as a day offset from publication. */
function weekendShift(pub: Ymd, future: boolean, modifier: string | undefined): number {
  const weekday = weekdayOf(pub); // 0 Sunday, 6 Saturday
  const onWeekend = weekday === 0 || weekday === 6;
  const thisSaturday = weekday === 0 ? -1 : 6 - weekday; // the Saturday of the current weekend or the coming one
  // The Saturday of the weekend before (on a weekend: the one before this one).
  const lastSaturday = weekday === 6 ? -7 : weekday === 0 ? -8 : -(weekday + 1);
  const m = modifier?.toLowerCase();
  if (m === 'next' || m === 'coming') return onWeekend ? thisSaturday + 7 : thisSaturday;
  if (m === 'last' || m === 'past') return lastSaturday;
  if (onWeekend) return thisSaturday;
  return future ? thisSaturday : lastSaturday;
}

function seasonYear(pub: Ymd, season: string, modifier: string): number {
  const first = SEASON_START[season];
  // The season of the current year's cycle that is running or next: winter starts in December.
  const runningYear = season === 'winter' && pub.month <= 2 ? pub.year - 1 : pub.year;
  const started = pub.month >= first || (season === 'winter' && pub.month <= 2);
  const ended = season !== 'winter' && pub.month > first + 2;
  const m = modifier.toLowerCase().replace(/\s+/g, ' ');
  if (m === 'last' || m === 'past' || m === 'this past') return started && ended ? runningYear : runningYear - 1;
  if (m === 'next' || m === 'coming' || m === 'this coming') return started ? runningYear + 1 : runningYear;
  return runningYear; // "this"
}

export function periodCandidates(ctx: DateContext): DateCandidate[] {
  const pub = ctx.pub;
  const text = ctx.text;
  const out: DateCandidate[] = [];
  if (!/weekend|\bof\s+(?:the|this|next|last)\s+(?:week|month|year)|spring|summer|fall|autumn|winter/i.test(text)) return out;
  for (const m of text.matchAll(WEEKEND)) {
    const start = m.index;
    const end = start + m[0].length;
    // "over the weekend" is a date; the span is the whole phrase, as a reader would mark it.
    const future = pub !== null && ctx.tenseAt(start) === 'future';
    const days = pub ? weekendShift(pub, future, m[1]) : 0;
    out.push(deictic(start, end, m[0], 'week', pub ? { amount: days, unit: 'day' } : null));
  }
  for (const m of text.matchAll(EDGE)) {
    const unit = m[3].toLowerCase() as 'week' | 'month' | 'year';
    const which = m[2].toLowerCase();
    const step = which === 'next' ? 1 : which === 'last' ? -1 : 0;
    const shift: DateCandidate['shift'] =
      unit === 'week' ? { amount: 7 * step, unit: 'day' } : { amount: step, unit: unit === 'month' ? 'month' : 'year' };
    out.push(deictic(m.index, m.index + m[0].length, m[0], unit, shift));
  }
  for (const m of text.matchAll(SEASON)) {
    if (!pub) continue;
    const year = seasonYear(pub, m[2].toLowerCase(), m[1]);
    out.push(deictic(m.index, m.index + m[0].length, m[0], 'year', { amount: year - pub.year, unit: 'year' }));
  }
  return out;
}

