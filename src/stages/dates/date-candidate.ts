// A date candidate: one temporal expression as the extractors found it, and, once the refiners have run,
// as it was resolved. Extractors fill the span, what the phrase states and how its value is to be
// found (`how`); the resolvers fill value, grain, reference and time zone.
import type { DateMention } from '../../core/records/date.js';
import type { Grain, ShiftUnit, Ymd } from './calendar.js';
import type { DateContext } from './date-context.js';

export type Stated = DateMention['stated'];

/**
 * How the value is found:
 *   absolute   the phrase names its year ("September 2022", "since 2021")
 *   month-day  month and day without a year ("the Nov. 8 election"): the year from the tense
 *   month      a month alone ("in May"): the year from a modifier or the tense
 *   weekday    a weekday alone ("on Thursday"): the week from a modifier or the tense
 *   deictic    relative to the publication date ("three years ago", "last month", "today")
 *   anaphoric  relative to the day being discussed ("a day later", "a day after the call")
 *   shifted-weekday "10 years ago Sunday", "the day after Monday's debate": a weekday resolved like
 *              one alone (in the past for "ago"), then shifted
 *   event      a time of day with no date ("at 11.30am"): the day of the event it belongs to
 *   duration   a length of time ("three-and-a-half year"): no point in time
 */
export type How =
  | 'absolute'
  | 'month-day'
  | 'month'
  | 'weekday'
  | 'deictic'
  | 'anaphoric'
  | 'shifted-weekday'
  | 'event'
  | 'duration';

export interface DateCandidate {
  start: number;
  end: number;
  extractor: string;
  how: How;
  stated: Stated;
  grain: Grain | null;
  /** Date components as chrono read them against the reference (publication date or a placeholder). */
  parts: Partial<Ymd>;
  /** Deictic and anaphoric phrases: the offset from their reference ("two days earlier": -2 day). */
  shift: { amount: number; unit: ShiftUnit } | null;
  /** An anaphoric phrase that introduces another event ("a day after the pair met"): it dates the main clause, i.e. the anchor itself. */
  introducesEvent: boolean;
  /** The weekday lies in the past whatever the clause's tense ("10 years ago Sunday"). */
  pastWeekday: boolean;
  /** "last" / "next" / "this" before a weekday or month. */
  modifier: 'last' | 'next' | 'this' | null;
  /** A time of day the phrase states. */
  time: { hour: number; minute: number } | null;
  /** Minutes east of UTC from a written zone ("EST", "GMT", "+02:00"), and how it was written. */
  zone: { offset: number; text: string } | null;
  /** An IANA zone the text names for the time ("9 p.m. E.T.", "3pm EST", "2 p.m. Eastern time"). */
  zoneName: string | null;
  /** "local time" follows the time. */
  localTime: boolean;
  /** Which chrono parser or own extractor found it (tags), for the filters. */
  source: string;
  duration: string | null;
  /** Resolution. */
  value: string | null;
  reference: string | null;
  timezone: string | null;
  /** The resolved day (for time-grain values, the event's day): what later candidates may anchor to. */
  day: Ymd | null;
  /** The resolved day lies after the publication date or was read as future. */
  upcoming: boolean;
}

export function candidate(start: number, end: number, how: How, extractor: string, source: string): DateCandidate {
  return {
    start,
    end,
    extractor,
    how,
    stated: {},
    grain: null,
    parts: {},
    shift: null,
    introducesEvent: false,
    pastWeekday: false,
    modifier: null,
    time: null,
    zone: null,
    zoneName: null,
    localTime: false,
    source,
    duration: null,
    value: null,
    reference: null,
    timezone: null,
    day: null,
    upcoming: false,
  };
}

export const byStart = (a: DateCandidate, b: DateCandidate): number => a.start - b.start || b.end - a.end;

/** A refiner: filters, merges or resolves the candidates of one document (all of them, in text order). */
export interface Refiner {
  readonly name: string;
  refine(candidates: DateCandidate[], ctx: DateContext): DateCandidate[];
}
