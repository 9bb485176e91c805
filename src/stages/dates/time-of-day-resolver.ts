// Gives each time of day its day and its time zone.
// The day. A time with a date of its own ("Friday at 3pm") has it already. A bare time ("the talks
// are scheduled to start at 11.30am") belongs to an event, and the event's day is found in this order:
//   1. a day named in the same sentence (the nearest);
//   2. if the clause is in the future: an upcoming day named elsewhere, preferring one whose sentence
//      names the same kind of event (talks ~ meeting ~ summit; vote ~ election), then one in the same
//      paragraph, then the nearest: "the Friday meeting ... The talks start at 11.30am" -> Friday;
//   3. the day being discussed (the latest day earlier in the paragraph), else the publication date.
// The zone. A zone written with the time wins ("3pm EST", "9 p.m. E.T.", "+02:00"); then a note for the
// whole article ("(all times EDT)", as live blogs write); then the nearest place with a known zone in
// the same sentence ("in Alaska at 11.30am"); for "local time", also the sentences just before and
// after, and the sentence of the event's day. The UTC offset is the zone's on that day (DST-aware).
import { lowerBound } from '../../core/sorted.js';
import { formatOffset, formatYmd, type Ymd } from './calendar.js';
import type { DateCandidate, Refiner } from './date-candidate.js';
import type { DateContext } from './date-context.js';
import { placeMentions, utcOffsetMinutes, zoneOfWord, type PlaceMention } from './time-zones.js';

export const EVENT_TIME_EXTRACTOR = 'dates.event-time.v1';

const EVENT_FAMILY = new Map<string, string>([
  ...['meeting', 'summit', 'talk', 'talks', 'negotiation', 'conference', 'visit', 'session', 'meet', 'encounter', 'call', 'briefing'].map((w) => [w, 'meeting'] as const),
  ...['election', 'vote', 'referendum', 'poll', 'ballot', 'primary', 'runoff'].map((w) => [w, 'vote'] as const),
  ...['trial', 'hearing', 'verdict', 'sentencing', 'court'].map((w) => [w, 'court'] as const),
  ...['match', 'game', 'race', 'final', 'tournament'].map((w) => [w, 'game'] as const),
  ...['ceremony', 'inauguration', 'funeral', 'wedding', 'coronation', 'parade'].map((w) => [w, 'ceremony'] as const),
  ...['speech', 'address', 'statement', 'announcement'].map((w) => [w, 'speech'] as const),
  ...['rally', 'protest', 'march', 'demonstration', 'strike'].map((w) => [w, 'protest'] as const),
  ...['launch', 'flight', 'departure', 'arrival'].map((w) => [w, 'travel'] as const),
]);
const ALL_TIMES = /\ball\s+times\s+(?:are\s+)?(?:in\s+)?(E\.T\.|[A-Z]{2,5}|Eastern|Central|Mountain|Pacific)\b/;
/** How far (in characters) to look for an upcoming event day or a place for "local time". */
const WINDOW = 20_000;

const anchors = (c: DateCandidate): boolean => c.day !== null && (c.grain === 'day' || c.grain === 'time') && c.how !== 'event';

class Neighbourhood {
  private readonly families = new Map<number, Set<string>>();
  private places: PlaceMention[] | null = null;
  private note: string | null | undefined;

  constructor(private readonly ctx: DateContext) {}

  /** The zone an "all times EDT" note sets for the article, or null. */
  noteZone(): string | null {
    if (this.note === undefined) {
      const m = ALL_TIMES.exec(this.ctx.text);
      this.note = m ? zoneOfWord(m[1]) : null;
    }
    return this.note;
  }

  familiesOf(sentence: number): Set<string> {
    let set = this.families.get(sentence);
    if (!set) {
      set = new Set();
      const s = this.ctx.doc.sentences[sentence];
      for (let k = s?.firstToken ?? 0; k < (s?.endToken ?? 0); k++) {
        const t = this.ctx.tokens[k];
        const family = t.pos === 'NOUN' || t.pos === 'PROPN' ? EVENT_FAMILY.get(t.lemma) ?? EVENT_FAMILY.get(t.lower) : undefined;
        if (family) set.add(family);
      }
      this.families.set(sentence, set);
    }
    return set;
  }

  /** The nearest place with a zone in sentences [from, to] (inclusive), by distance to `at`. */
  placeNear(at: number, from: number, to: number): PlaceMention | null {
    this.places ??= placeMentions(this.ctx.doc);
    const sentences = this.ctx.doc.sentences;
    const start = sentences[Math.max(0, from)]?.start ?? 0;
    const end = sentences[Math.min(sentences.length - 1, to)]?.end ?? 0;
    let best: PlaceMention | null = null;
    for (let k = lowerBound(this.places, start, (p) => p.start); k < this.places.length && this.places[k].start < end; k++) {
      const p = this.places[k];
      if (!best || Math.abs(p.start - at) < Math.abs(best.start - at)) best = p;
    }
    return best;
  }
}

/** The day for a bare time at candidates[i], and the candidate it came from (if any). */
function eventDay(candidates: DateCandidate[], i: number, ctx: DateContext, near: Neighbourhood): [Ymd | null, DateCandidate | null] {
  const c = candidates[i];
  const sentence = ctx.sentenceAt(c.start);
  // 1. The same sentence.
  let best: DateCandidate | null = null;
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < candidates.length && ctx.sentenceAt(candidates[j].start) === sentence; j += step) {
      if (anchors(candidates[j])) {
        if (!best || Math.abs(candidates[j].start - c.start) < Math.abs(best.start - c.start)) best = candidates[j];
        break;
      }
    }
  }
  if (best) return [best.day, best];
  // 2. An upcoming event's day, for a time in the future.
  if (ctx.tenseAt(c.start) === 'future') {
    const families = near.familiesOf(sentence);
    const paragraph = ctx.paragraphAt(c.start);
    let bestScore = -Infinity;
    const from = lowerBound(candidates, c.start - WINDOW, (x) => x.start);
    for (let j = from; j < candidates.length && candidates[j].start < c.start + WINDOW; j++) {
      const x = candidates[j];
      if (j === i || !x.upcoming || !anchors(x)) continue;
      const theirs = near.familiesOf(ctx.sentenceAt(x.start));
      const sameEvent = [...families].some((f) => theirs.has(f));
      const score = (sameEvent ? 2 * WINDOW : 0) + (ctx.paragraphAt(x.start) === paragraph ? WINDOW : 0) - Math.abs(x.start - c.start);
      if (score > bestScore) {
        bestScore = score;
        best = x;
      }
    }
    if (best) return [best.day, best];
  }
  // 3. The day being discussed, else the publication date.
  const paragraph = ctx.paragraphAt(c.start);
  for (let j = i - 1; j >= 0 && candidates[j].start > c.start - WINDOW && ctx.paragraphAt(candidates[j].start) === paragraph; j--) {
    if (anchors(candidates[j])) return [candidates[j].day, candidates[j]];
  }
  return [ctx.pub, null];
}

function setZone(c: DateCandidate, day: Ymd, ctx: DateContext, near: Neighbourhood, event: DateCandidate | null): void {
  if (!c.time) return;
  if (c.zone) {
    c.timezone = `UTC${formatOffset(c.zone.offset)}`;
    return;
  }
  const named = c.zoneName ?? near.noteZone();
  if (named) {
    const offset = utcOffsetMinutes(named, day, c.time.hour, c.time.minute);
    if (offset !== null) {
      c.zone = { offset, text: named };
      c.timezone = named;
    }
    return;
  }
  const s = ctx.sentenceAt(c.start);
  let place = near.placeNear(c.start, s, s);
  if (!place && c.localTime) place = near.placeNear(c.start, s - 3, s + 1);
  if (!place && c.localTime && event) {
    const es = ctx.sentenceAt(event.start);
    place = near.placeNear(event.start, es, es);
  }
  if (!place) return;
  const offset = utcOffsetMinutes(place.zone, day, c.time.hour, c.time.minute);
  if (offset === null) return;
  c.zone = { offset, text: place.zone };
  c.timezone = place.zone;
}

export const timeOfDayResolver: Refiner = {
  name: 'time-of-day',
  refine(candidates, ctx) {
    const near = new Neighbourhood(ctx);
    candidates.forEach((c, i) => {
      if (!c.time) return;
      let event: DateCandidate | null = null;
      if (c.how === 'event') {
        const [day, from] = eventDay(candidates, i, ctx, near);
        if (!day) return;
        c.day = day;
        c.reference = formatYmd(day);
        c.extractor = EVENT_TIME_EXTRACTOR;
        event = from;
      }
      if (c.day) setZone(c, c.day, ctx, near, event);
    });
    return candidates;
  },
};
