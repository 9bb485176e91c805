// Dates stage: every temporal expression, normalised against the publication date. Three extractors
// propose candidates (chrono with our parsers, sentence by sentence; calendar periods and durations, one
// regex pass each); the refiners below then filter, merge and resolve them in a fixed order. Each mention
// keeps what the phrase states apart from the value we resolved and the reference we resolved it against.
import type { Doc } from '../../core/document.js';
import type { DateMention } from '../../core/records/date.js';
import type { Stage, StageContext } from '../../core/stage.js';
import { anaphoricResolver } from './anaphoric-resolver.js';
import { calendarResolver } from './calendar-resolver.js';
import { formatOffset, formatValue } from './calendar.js';
import { chronoCandidates } from './chrono-extractor.js';
import { contextWordsRefiner } from './context-words-refiner.js';
import { byStart, type DateCandidate, type Refiner } from './date-candidate.js';
import { DateContext } from './date-context.js';
import { durationCandidates } from './duration-extractor.js';
import { mergeAdjacentRefiner } from './merge-adjacent-refiner.js';
import { nonDateRefiner } from './non-date-refiner.js';
import { overlapRefiner } from './overlap-refiner.js';
import { periodCandidates } from './period-extractor.js';
import { timeOfDayResolver } from './time-of-day-resolver.js';
import { weekdayTenseResolver } from './weekday-tense-resolver.js';

/** The refiners, in order. Each comment says why it must come where it does. */
const REFINERS: readonly Refiner[] = [
  // Before the context words: "10 years ago Sunday" and "August last year" are one phrase a prefix attaches to.
  mergeAdjacentRefiner,
  // Before the filter: "last May" and "since May" are what make a bare month a date.
  contextWordsRefiner,
  // Before the overlaps: a non-date must not displace a real date it overlaps.
  nonDateRefiner,
  // Before resolving: one candidate per stretch of text.
  overlapRefiner,
  // Publication-relative values first: the anaphoric and time-of-day resolvers anchor on them.
  calendarResolver,
  weekdayTenseResolver,
  // Needs every earlier day resolved; runs in text order so chains build on each other.
  anaphoricResolver,
  // Last: a bare time takes the day of an event that may be named anywhere, later text included.
  timeOfDayResolver,
];

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Keeps a span inside the text, off surrogate-pair halves, without surrounding whitespace or commas (chrono takes "Friday,"). */
function safeSpan(text: string, start: number, end: number): { start: number; end: number } {
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  if (start > 0 && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))) start--;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end)) && isHighSurrogate(text.charCodeAt(end - 1))) end++;
  while (start < end && /[\s,;:]/.test(text[start])) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
  return { start, end };
}

function toMention(c: DateCandidate, index: number, text: string): DateMention {
  const grain = c.how === 'duration' ? null : c.grain === 'time' && !c.time ? 'day' : c.grain;
  let value: string | null = null;
  if (grain && c.day) {
    value = formatValue(grain, c.day, c.time ?? undefined);
    if (grain === 'time' && c.zone) value += formatOffset(c.zone.offset);
  }
  return {
    kind: 'date',
    id: `d${index + 1}`,
    ...safeSpan(text, c.start, c.end),
    value,
    grain,
    duration: c.duration,
    stated: c.stated,
    reference: value === null ? null : c.reference,
    timezone: grain === 'time' && value !== null ? c.timezone : null,
    extractor: c.extractor,
  };
}

export function extractDates(doc: Doc, published: string | null): DateMention[] {
  const ctx = new DateContext(doc, published);
  let candidates = [...chronoCandidates(ctx), ...periodCandidates(ctx), ...durationCandidates(doc.text)].sort(byStart);
  for (const refiner of REFINERS) candidates = refiner.refine(candidates, ctx);
  return candidates.sort(byStart).map((c, i) => toMention(c, i, doc.text));
}

export const datesStage: Stage = {
  name: 'dates',
  // places: local times take the zone of the place named (time-zones.ts).
  requires: ['tokens', 'sentences', 'entities', 'places'],
  assigns: ['dates'],
  run(doc: Doc, ctx: StageContext) {
    doc.dates = extractDates(doc, ctx.published);
  },
};
