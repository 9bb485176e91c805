// Drops what chrono and the year parser read as dates but the words around them say are not:
//   a month alone that is a verb or modal ("may", "to march"), lower-case, or without a temporal cue
//     before it ("Theresa May" is also a name: see below; "in May", "last May", "since May" stay), unless
//     it qualifies a common noun that follows ("a September hearing", "the June quarter")
//   weekday abbreviations alone ("sat at 6", "The Sun said"); a weekday in a name: after a holiday word
//     ("Good Friday", "Super Tuesday") or between a determiner and a capitalised word ("The Sunday Times")
//   day/month with a slash and no year ("7/10", "9/11"): ratios, scores, event names
//   a bare hour without minutes, am/pm, a zone or o'clock ("at 10 Downing Street")
//   "now" alone (an adverb, not a date; "as of now", "until now" stay); a relative phrase that is the
//     start of a compound ("after the day-long meeting")
//   a year before a counted noun ("in 2000 homes", "around 2021 people") or after a verb of change
//     ("rose by 2000")
//   a date word inside the name of a person, organisation, facility or event ("Sunday Times", "Theresa
//     May"); a name over a zone abbreviation ("8pm EST" read as an organisation) does not count;
//     "Today"/"Tonight" capitalised after a capitalised word mid-sentence ("in USA Today", "on NBC's Today")
//   a number read as a time that is a measure or a game clock: "from 2.18 percent", "at 7:14 of the third
//     period", "with 2:05 left", "7:30 remaining" (a time of day says a.m./p.m., a zone or o'clock)
import type { DateCandidate, Refiner } from './date-candidate.js';
import type { DateContext } from './date-context.js';
import { YEAR_EXTRACTOR } from './year-parser.js';

const MONTH_CUES = new Set([
  'in', 'since', 'by', 'until', 'till', 'before', 'after', 'from', 'during', 'through', 'throughout', 'of', 'last', 'next',
  'this', 'early', 'late', 'mid', 'end', 'beginning', 'start', 'and', 'or', 'to', 'between', 'around', 'each', 'every',
  'in early', 'in late', 'that', 'same', 'following', 'previous', 'on', 'for',
]);
const DATE_WORD = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|to(?:day|night|morrow)|yesterday|now|week|month|year|day)/i;
const FULL_WEEKDAY = /(?:mon|tues|wednes|thurs|fri|satur|sun)day/i;
const WRITTEN_TIME = /\d\s*[ap]\.?\s?m\b|\d\s*[ap]\.?m\.|[:.h]\d\d|o['’]?\s?clock|noon|midday|midnight/i;
const HOLIDAY_WORDS = new Set(['good', 'black', 'holy', 'super', 'bloody', 'cyber', 'ash', 'palm', 'maundy', 'shrove', 'easter', 'whit', 'giving']);
const CALENDAR_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;
const COUNT_WORDS = new Set(['people', 'persons', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'troops', 'more', 'others']);
const CHANGE_LEMMAS = new Set(['rise', 'fall', 'increase', 'decrease', 'grow', 'cut', 'reduce', 'drop', 'jump', 'climb', 'decline', 'raise', 'lower', 'up', 'down', 'shrink', 'outnumber']);

function isBareMonthNonDate(c: DateCandidate, ctx: DateContext): boolean {
  const text = ctx.text.slice(c.start, c.end);
  if (c.modifier || c.stated.relative) return false;
  const k = ctx.tokenAt(c.start);
  const token = ctx.tokens[k];
  if (!/^\p{Lu}/u.test(text)) return true;
  if (token && token.start === c.start && (token.pos === 'VERB' || token.pos === 'AUX')) return true;
  const prev = ctx.tokens[k - 1];
  const prev2 = ctx.tokens[k - 2];
  const next = ctx.tokens[k + 1];
  // A month before a lower-case common noun is an attributive date ("a key September conversation"); after
  // a name it is more likely part of that name.
  const attributive = next?.sentence === token?.sentence && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.norm) && next.start - c.end <= 1;
  if (attributive && prev?.pos !== 'PROPN') return false;
  if (!prev || prev.sentence !== token?.sentence) return true;
  return !(MONTH_CUES.has(prev.lower) || (prev2 && MONTH_CUES.has(`${prev2.lower} ${prev.lower}`)));
}

function isWeekdayInName(c: DateCandidate, ctx: DateContext): boolean {
  if (c.how !== 'weekday' || c.modifier || /^on\s/i.test(ctx.text.slice(c.start, c.end))) return false;
  const k = ctx.tokenAt(c.start);
  const token = ctx.tokens[k];
  if (!token) return false;
  const prev = ctx.tokens[k - 1]?.sentence === token.sentence ? ctx.tokens[k - 1] : undefined;
  if (prev && HOLIDAY_WORDS.has(prev.lower)) return true;
  const next = ctx.tokens[k + 1]?.sentence === token.sentence ? ctx.tokens[k + 1] : undefined;
  const nameFollows = next !== undefined && /^\p{Lu}/u.test(next.norm) && (next.pos === 'PROPN' || next.pos === 'NOUN') && !CALENDAR_WORD.test(next.norm);
  return nameFollows && prev?.pos === 'DET';
}

function isCount(c: DateCandidate, ctx: DateContext): boolean {
  const next = ctx.tokens[ctx.tokenAt(c.end)];
  if (next && next.start - c.end <= 1 && next.pos === 'NOUN' && (COUNT_WORDS.has(next.lower) || (next.lower !== next.lemma && next.lower.endsWith('s')))) {
    return true;
  }
  // "the 2000 Americans", "2000 Democrats": a capitalised plural after the year names people counted.
  if (next && next.start - c.end <= 1 && next.pos === 'PROPN' && /^\p{Lu}\p{Ll}+s$/u.test(next.norm)) return true;
  // The context-words refiner may have taken "by" into the span: count back from the year itself.
  const year = ctx.tokenAt(c.end - 1);
  const cue = ctx.tokens[year - 1];
  const verb = ctx.tokens[year - 2];
  return cue?.lower === 'by' && verb !== undefined && CHANGE_LEMMAS.has(verb.lemma);
}

const MEASURE_AFTER = /^\s*(?:%|per\s?cent\b|percent\b|percentage\b|points?\b|pts\b|seconds?\b|secs?\b|minutes?\b|mins?\b|hours?\b|metres?\b|meters?\b|km\b|miles?\b|kg\b|times\b|x\b)/i;
const CLOCK_AFTER =
  /^\s*(?:left|remaining|to\s+go|to\s+play|into\b|in\s+the\s+(?:first|second|third|fourth|final|opening)|of\s+(?:the\s+)?(?:first|second|third|fourth|fifth|final|1st|2nd|3rd|4th|opening|overtime|extra|game|half|period|quarter|round|set|inning|match))/i;
const AM_PM = /\d\s*[ap]\.?\s?m\b|\d\s*[ap]\.m\.|o['’]?\s?clock|noon|midday|midnight/i;

/** A number chrono read as a time of day that the words after it make a measure or a game clock. */
function isClockOrMeasure(c: DateCandidate, ctx: DateContext): boolean {
  if (!c.time || c.zone || c.zoneName) return false;
  const text = ctx.text.slice(c.start, c.end);
  if (AM_PM.test(text)) return false;
  const after = ctx.text.slice(c.end, c.end + 40);
  if (MEASURE_AFTER.test(after) || CLOCK_AFTER.test(after)) return true;
  return /\bwith\s+$/i.test(ctx.text.slice(Math.max(0, c.start - 6), c.start));
}

/** "Today" or "Tonight" written with a capital after a capitalised word mid-sentence: a title ("USA Today"). */
function isTodayInTitle(c: DateCandidate, ctx: DateContext): boolean {
  const text = ctx.text.slice(c.start, c.end);
  if (!/^To(?:day|night)$/.test(text)) return false;
  const k = ctx.tokenAt(c.start);
  const prev = ctx.tokens[k - 1];
  if (!prev || prev.sentence !== ctx.tokens[k]?.sentence || prev.end !== c.start - 1) return false;
  // The capitalised word must itself be mid-sentence: "Today" after a sentence's first word ("But Today")
  // is not enough to make a title.
  const first = ctx.tokens[k - 2]?.sentence !== prev.sentence;
  return /^\p{Lu}/u.test(prev.norm) && !first;
}

function isNonDate(c: DateCandidate, ctx: DateContext): boolean {
  const text = ctx.text.slice(c.start, c.end);
  const name = ctx.nameOverlap(c.start, c.end);
  if (name && DATE_WORD.test(ctx.text.slice(name.start, name.end))) return true;
  if (c.how === 'duration') return false;
  if (/^now$/i.test(text)) return true;
  if (isTodayInTitle(c, ctx) || isClockOrMeasure(c, ctx)) return true;
  if ((c.how === 'deictic' || c.how === 'anaphoric') && /^-\p{L}/u.test(ctx.text.slice(c.end, c.end + 2))) return true;
  if (c.how === 'month' && isBareMonthNonDate(c, ctx)) return true;
  if (c.stated.weekday !== undefined && !FULL_WEEKDAY.test(text)) return true;
  if (isWeekdayInName(c, ctx)) return true;
  if (c.source.includes('SlashDateFormatParser') && c.stated.year === undefined) return true;
  if (c.how === 'event' && !c.zone && !c.zoneName && !WRITTEN_TIME.test(text)) return true;
  // "50s after", "3d later": chrono's one-letter units are decades and other things in news text;
  // "this second", "the second before": an ordinal, or no date.
  if ((c.how === 'deictic' || c.how === 'anaphoric') && /\d\s*[smhdwy]\b|\bseconds?\b/i.test(text)) return true;
  if (c.extractor === YEAR_EXTRACTOR && isCount(c, ctx)) return true;
  return false;
}

export const nonDateRefiner: Refiner = {
  name: 'non-date',
  refine(candidates, ctx) {
    return candidates.filter((c) => {
      if (isNonDate(c, ctx)) return false;
      // A bare hour attached to a date ("Friday at 10") keeps the date and loses the hour.
      if (c.time && c.how !== 'event' && !c.zone && !c.zoneName && !WRITTEN_TIME.test(ctx.text.slice(c.start, c.end))) {
        c.time = null;
        delete c.stated.hour;
        delete c.stated.minute;
        if (c.grain === 'time') c.grain = 'day';
      }
      return true;
    });
  },
};
