// Runs chrono (casual English, plus our year, following-day and clock-time parsers) over each paragraph and turns
// each result into a candidate: what the phrase states (chrono's known values; for relative phrases,
// the phrase itself), how its value is to be found, its time of day and written zone. Ranges ("Monday
// to Friday", "2019-2021") become two candidates. Phrases chrono reads as points but that are lengths
// ("for three years", "the past two weeks") are left to the duration extractor.
// Why paragraphs, cut into chunks of at most CHUNK characters at sentence ends: chrono re-scans the
// rest of its input after every match, which is quadratic on a whole long text; and a single sentence
// is too small, because the segmenter sometimes ends one inside a time ("at 8.|15pm"). A sentence
// longer than CHUNK (no prose has one; a text without punctuation does) is cut at a space.
import type { ParsedComponents, ParsedResult, ParsingReference } from 'chrono-node';
import { dayNumber, type Grain, type Ymd } from './calendar.js';
import { CLOCK_TIME_EXTRACTOR, clockTimeParser } from './clock-time-parser.js';
import { casual } from './chrono-en.js';
import { candidate, type DateCandidate, type How } from './date-candidate.js';
import type { DateContext } from './date-context.js';
import { followingDayParser, FOLLOWING_EXTRACTOR } from './following-day-parser.js';
import { anyGuardPasses, guarded, PARSER_GUARDS } from './guarded-parser.js';
import { NUMBER_WORD, numberValue } from './number-words.js';
import { zoneOfWord } from './time-zones.js';
import { bareYearParser, YEAR_EXTRACTOR, yearParser } from './year-parser.js';

export const CHRONO_EXTRACTOR = 'dates.chrono.v1';

// Chrono's casual English parsers, minus the "for/within/in N units" one (lengths: the duration
// extractor reads them, and LENGTH below would drop its results anyway), each guarded (guarded-parser.ts),
// plus ours. Its refiners minus the one that joins two dates into a range ("midnight to 6 a.m."): it
// swaps the ends when the second is earlier, which loses which text said what; each end stays a
// mention of its own. Parsers and refiners are told apart by class name; an unknown name changes nothing.
const chrono = casual.clone();
chrono.parsers = chrono.parsers
  .filter((p) => p.constructor.name !== 'ENTimeUnitWithinFormatParser')
  .map((p) => (PARSER_GUARDS[p.constructor.name] ? guarded(p, PARSER_GUARDS[p.constructor.name]) : p));
chrono.parsers.push(yearParser, bareYearParser, followingDayParser, clockTimeParser);
chrono.refiners = chrono.refiners.filter((r) => r.constructor.name !== 'ENMergeDateRangeRefiner');

const CHUNK = 4_000;

/** Reference used when the article has no publication date: relative values are discarded later. */
const PLACEHOLDER: Ymd = { year: 2000, month: 6, day: 15 };

// What our own parsers need (years, "the following day", "1930 GMT"): with the guards of chrono's, a
// paragraph that passes none is not parsed at all.
const OWN_HINT = /\b(?:1[6-9]|20)\d\d\b|\bthe\s+(?:following|next|previous|preceding|prior)\s/i;

const RELATIVE = /\b(?:ago|today|tonight|tomorrow|yesterday|now|this|last|next|past|coming|later|earlier|after|before|following|previous|preceding|prior|hence)\b/i;
// The relative word ends the phrase ("a day later", "the day before") or names the next part of a day.
const ANAPHORIC = /\b(?:later|earlier|after|before|prior)\s*$|\bnext\s+(?:day|morning|afternoon|evening|night)\b/i;
// A vague count is a length or an approximation, not a date, except before "ago" ("several weeks ago").
const VAGUE = /\b(?:several|few|couple|some|many)\b(?![^]*\bago$)/i;
// "the day after Monday", "two weeks before Friday": a weekday, shifted.
const SHIFTED_WEEKDAY = new RegExp(
  String.raw`^(the|\d+|${NUMBER_WORD})\s+(days?|weeks?)\s+(after|before)\s+(?:(last|next|this)\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day$`,
  'i',
);
const WEEKDAY_STEMS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
// A length chrono reads as a point: "for three years", "within a week", "the past two weeks".
const LENGTH =
  /^(?:for|within|in|over)\b|\b(?:past|last|next|coming|previous|following)\s+(?:\d|a\s+few|few|several|couple|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)/i;
const MONTH_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$/i;
const MODIFIER = /\b(last|next|this|past|coming)\b/i;
const ZONE_WORDS = /\b[A-Z]{2,5}\b/g;

const reference = (d: Ymd): ParsingReference => ({ instant: new Date(Date.UTC(d.year, d.month - 1, d.day, 12)), timezone: 0 });

// Chrono compiles some of its large patterns only when a parser first matches (a first "three years
// ago" costs 50 ms), so the first articles that use each form pay for it. One parse at load, over a
// text that every parser matches, pays it all up front (about 150 ms per process, once), so that what
// an article costs does not depend on which forms came before it.
chrono.parse(
  'On Friday, 5 March 2020, at 3pm EST (1930 GMT) and on March 6, 2020, three years ago, two days later, ' +
    'last month, the next 2 weeks, since 2021, today, this morning, 2020-03-05, 5/3/2020, 3/2020, end of the month, the following day.',
  reference(PLACEHOLDER),
);

export function chronoCandidates(ctx: DateContext): DateCandidate[] {
  const ref = ctx.pub ?? PLACEHOLDER;
  const chronoRef = reference(ref);
  const out: DateCandidate[] = [];
  for (const [start, end] of chunks(ctx)) {
    const text = ctx.text.slice(start, end);
    if (!OWN_HINT.test(text) && !anyGuardPasses(text)) continue;
    for (const result of chrono.parse(text, chronoRef)) {
      for (const c of fromResult(result, start, ref, ctx.text)) out.push(c);
    }
  }
  return out;
}

/** [start, end) ranges of whole sentences of one paragraph, at most CHUNK long where a space allows. */
function* chunks(ctx: DateContext): Generator<[number, number]> {
  const sentences = ctx.doc.sentences;
  for (let i = 0; i < sentences.length; ) {
    const first = sentences[i];
    let end = first.end;
    for (i++; i < sentences.length && sentences[i].paragraph === first.paragraph && sentences[i].end - first.start <= CHUNK; i++) {
      end = sentences[i].end;
    }
    let start = first.start;
    while (end - start > CHUNK) {
      const cut = ctx.text.lastIndexOf(' ', start + CHUNK);
      if (cut <= start + CHUNK / 2) break;
      yield [start, cut];
      start = cut;
    }
    yield [start, end];
  }
}

// Chrono reads "after this week" as next week; in news it is "after [this week's debate]": the
// preposition belongs to the sentence, and the rest is parsed again on its own.
const PREPOSITION_BEFORE_DEICTIC = /^(?:after|before)\s+(?=(?:this|last|next|past|coming)\s)/i;

function fromResult(result: ParsedResult, base: number, ref: Ymd, whole: string): DateCandidate[] {
  const start = base + result.index;
  const text = result.text;
  const preposition = PREPOSITION_BEFORE_DEICTIC.exec(text);
  if (preposition && !result.end) {
    const rest = text.slice(preposition[0].length);
    const [again] = chrono.parse(rest, reference(ref));
    if (!again || again.index !== 0 || again.text !== rest) return [];
    return fromResult(again, start + preposition[0].length, ref, whole);
  }
  if (!result.end) {
    const c = fromComponents(result.start, start, start + text.length, text, ref);
    return c ? [c] : [];
  }
  // A range: split at its connector so each end is a mention of its own.
  const m = /^(.*?\S)(\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\btill\b|\band\b)\s*)(\S.*)$/i.exec(text);
  if (!m) {
    const c = fromComponents(result.start, start, start + text.length, text, ref);
    return c ? [c] : [];
  }
  const secondAt = start + m[1].length + m[2].length;
  // "10:30 p.m. Aug. 9 to 6:30 a.m.": chrono took the time before the month name, then read "9 to 6:30
  // a.m." as a range of hours. The number is the day of that month: read "Aug. 9" again on its own.
  const monthBefore = /^\d{1,2}$/.test(m[1]) ? MONTH_BEFORE.exec(whole.slice(Math.max(0, start - 12), start)) : null;
  if (monthBefore) {
    const phrase = `${monthBefore[0]}${m[1]}`;
    const [again] = chrono.parse(phrase, reference(ref));
    // The second end was read relative to the first: read it on its own too.
    const [alone] = chrono.parse(m[3], reference(ref));
    const second = alone && alone.index === 0 && alone.text === m[3] ? fromComponents(alone.start, secondAt, secondAt + m[3].length, m[3], ref) : null;
    const first = again && again.text === phrase ? fromComponents(again.start, start - monthBefore[0].length, start + m[1].length, phrase, ref) : null;
    return [first, second].filter((c): c is DateCandidate => c !== null);
  }
  return [
    fromComponents(result.start, start, start + m[1].length, m[1], ref),
    fromComponents(result.end, secondAt, secondAt + m[3].length, m[3], ref),
  ].filter((c): c is DateCandidate => c !== null);
}

function fromComponents(comp: ParsedComponents, start: number, end: number, text: string, ref: Ymd): DateCandidate | null {
  const tags = [...comp.tags()].join(',');
  const known = (k: Parameters<ParsedComponents['get']>[0]) => (comp.isCertain(k) ? comp.get(k) : null);
  const extractor = [YEAR_EXTRACTOR, FOLLOWING_EXTRACTOR, CLOCK_TIME_EXTRACTOR].find((name) => tags.includes(name)) ?? CHRONO_EXTRACTOR;
  if (extractor === YEAR_EXTRACTOR) {
    // The year parser's text carries its cue ("since 2021"): the mention starts at the year.
    const lead = Math.max(0, text.search(/\d/));
    start += lead;
    text = text.slice(lead);
  }
  const parts = { year: comp.get('year') ?? undefined, month: comp.get('month') ?? undefined, day: comp.get('day') ?? undefined };
  const [year, month, day, weekday, hour] = [known('year'), known('month'), known('day'), known('weekday'), known('hour')];
  // A part of the day alone ("in the early morning") is no date: chrono's casual tags alone do not count.
  const relative = tags.includes('result/relativeDate') || RELATIVE.test(text);

  const shiftedWeekday = relative ? SHIFTED_WEEKDAY.exec(text) : null;
  if (shiftedWeekday) return shiftedWeekdayCandidate(shiftedWeekday, start, end, tags);

  let how: How;
  if (weekday !== null && day === null) how = 'weekday';
  else if (relative) {
    if (LENGTH.test(text) || VAGUE.test(text)) return null;
    how = ANAPHORIC.test(text) || extractor === FOLLOWING_EXTRACTOR ? 'anaphoric' : 'deictic';
  } else if (year !== null) how = 'absolute';
  else if (month !== null && day !== null) how = 'month-day';
  else if (month !== null) how = 'month';
  else if (hour !== null) how = 'event';
  else return null; // a part of the day alone ("in the morning")

  const c = candidate(start, end, how, extractor, tags);
  c.parts = parts;
  if (how === 'deictic' || how === 'anaphoric') {
    c.stated = { relative: text.toLowerCase().replace(/\s+/g, ' ') };
    const grain = relativeGrain(text, year, month, day, hour);
    c.grain = grain;
    c.shift = shiftFrom(comp, grain, ref);
    return c;
  }
  const stated: DateCandidate['stated'] = {};
  if (year !== null) stated.year = year;
  if (month !== null) stated.month = month;
  if (day !== null) stated.day = day;
  if (weekday !== null) stated.weekday = weekday;
  if (hour !== null) {
    stated.hour = hour;
    stated.minute = known('minute') ?? 0;
    c.time = { hour, minute: stated.minute };
  }
  c.stated = stated;
  c.grain = hour !== null ? 'time' : day !== null || weekday !== null ? 'day' : month !== null ? 'month' : 'year';
  const modifier = how === 'weekday' ? MODIFIER.exec(text)?.[1].toLowerCase() : undefined;
  if (modifier) c.modifier = modifier === 'past' ? 'last' : modifier === 'coming' ? 'next' : (modifier as 'last' | 'next' | 'this');
  const offset = known('timezoneOffset');
  if (offset !== null && hour !== null) {
    // A named zone ("EST", "ET") is read as the zone, whose offset on the day decides; a bare offset stays.
    for (const word of text.match(ZONE_WORDS) ?? []) c.zoneName ??= zoneOfWord(word);
    if (!c.zoneName) c.zone = { offset, text: 'UTC offset' };
  }
  return c;
}

function shiftedWeekdayCandidate(m: RegExpExecArray, start: number, end: number, tags: string): DateCandidate | null {
  const amount = numberValue(m[1]);
  if (amount === null) return null;
  const c = candidate(start, end, 'shifted-weekday', CHRONO_EXTRACTOR, tags);
  const days = amount * (/^week/i.test(m[2]) ? 7 : 1) * (/^after$/i.test(m[3]) ? 1 : -1);
  c.stated = { weekday: WEEKDAY_STEMS.indexOf(m[5].toLowerCase()), relative: m[0].toLowerCase().replace(/\s+/g, ' ') };
  c.shift = { amount: days, unit: 'day' };
  c.modifier = (m[4]?.toLowerCase() as DateCandidate['modifier']) ?? null;
  c.grain = 'day';
  return c;
}

/** Grain of a relative phrase: a week when it names one, else the finest unit chrono was sure of. */
function relativeGrain(text: string, year: number | null, month: number | null, day: number | null, hour: number | null): Grain {
  if (/\bweeks?\b/i.test(text)) return 'week';
  if (hour !== null && /\b(?:hours?|minutes?)\b/i.test(text)) return 'time';
  if (day !== null || (year === null && month === null)) return 'day';
  if (month !== null) return 'month';
  return 'year';
}

/** The offset chrono applied to the reference, in the grain's unit (minutes for times of day). */
function shiftFrom(comp: ParsedComponents, grain: Grain, ref: Ymd): DateCandidate['shift'] {
  const y = comp.get('year') ?? ref.year;
  const m = comp.get('month') ?? ref.month;
  const d = comp.get('day') ?? ref.day;
  switch (grain) {
    case 'year':
      return { amount: y - ref.year, unit: 'year' };
    case 'month':
      return { amount: y * 12 + m - (ref.year * 12 + ref.month), unit: 'month' };
    case 'week': {
      // Whole weeks: chrono puts "this week" on its Sunday, which may fall in the ISO week before.
      const days = dayNumber({ year: y, month: m, day: d }) - dayNumber(ref);
      return { amount: 7 * Math.trunc(days / 7), unit: 'day' };
    }
    case 'day':
      return { amount: dayNumber({ year: y, month: m, day: d }) - dayNumber(ref), unit: 'day' };
    case 'time': {
      const days = dayNumber({ year: y, month: m, day: d }) - dayNumber(ref);
      const minutes = (comp.get('hour') ?? 12) * 60 + (comp.get('minute') ?? 0) - 12 * 60;
      return { amount: days * 1440 + minutes, unit: 'minute' };
    }
  }
}
