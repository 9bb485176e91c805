// Chrono parser for a year on its own, which chrono leaves alone: "since 2021", "in 1999", "by 2030",
// "mid-2023", "early 2024", "between 2019 and 2021", "from 2019 to 2021" (a range: two mentions), "the
// 2024 election", "as of 2016", "into 2020". Without a cue, a four-digit number is read as a year only
// from 1900 to 2049 and not after a currency sign, a digit or a number word ("more likely 2021", "2021
// and 2022 will"): news writes counts that size with a separator ("2,000"). Counts ("in 2000 homes",
// "2019 points") are dropped later by the non-date refiner, which can see the next word's part of speech.
// Chrono runs a parser's pattern on the text after its previous match, so the cue is matched (not
// looked behind for), and it stays in the result's text because chrono drops results that are digits
// only; the chrono extractor moves the start to the year, and the context-words refiner takes the cue
// back in where it changes the meaning ("since").
import type { Parser, ParsingContext } from 'chrono-node';

export const YEAR_EXTRACTOR = 'dates.year.v1';

const YEAR = String.raw`(1[6-9]\d\d|20\d\d)`;
// "of" only after a part of a year ("the summer of 2019"): "a crowd of 2000" is a count.
const CUE = String.raw`as\s+of|into|in|since|by|until|till|before|after|from|during|through|throughout|between|around|circa|early|late|year|the|(?:end|start|beginning|middle|spring|summer|autumn|fall|winter|half|quarter|part)\s+of`;
const RANGE = String.raw`\s*(?:-|–|—|\bto\b|\band\b|\bor\b|\bthrough\b|\buntil\b)\s*`;
// Not part of a longer number or a decade ("1970s"), an amount, a range like "2019-20" or a clock
// time ("2030 GMT").
// Nor the first number of a range that does not end in a year ("between 2000 and 3000 people").
const AFTER = String.raw`(?![\w%]|[.,]\d|[-–]\d|\s*(?:per\s?cent|percent|GMT|UTC|hours?\b|hrs\b)|${RANGE}\d)`;
const PATTERN = new RegExp(String.raw`(?:\b(?:${CUE})\s+|\bmid-)${YEAR}(?:${RANGE}${YEAR})?${AFTER}`, 'i');
// No cue: a narrower span of years, not part of an amount, a number or an identifier ("$2020", "No. 1999",
// "1-800-2019", "Flight 2019"). The character before the year is matched, not looked behind for, so that the
// result's text is not digits alone (see above); a space alone before it would not do (chrono's filter drops one).
const BARE_YEAR = String.raw`(19\d\d|20[0-4]\d)`;
const BARE_LEAD = String.raw`(?:[^\d\s]\s+|[^\d\s$£€¥#%.,:/\w-])`;
// Nor after words that introduce a count ("a crowd of 2000", "about 2000", "more than 1900") or "the" (the
// cue pattern decides those). Tested on the whole text in extract: chrono runs a pattern on the text after
// its last try, where a look-behind sees too little.
const NOT_AFTER_LABEL = /\b(?:of|about|nearly|some|than|over|almost|approximately|roughly|the|flight|route|model|number|no\.?|room|page|article|section|rule|bill|act|code|highway|interstate|vol|volume|issue)\s+$/i;
const BARE = new RegExp(String.raw`${BARE_LEAD}${BARE_YEAR}(?:${RANGE}${BARE_YEAR})?${AFTER}`, 'i');

export const yearParser: Parser = {
  pattern: () => PATTERN,
  extract: (context: ParsingContext, match: RegExpMatchArray) => yearResult(context, match),
};

/** The same result for a year with no cue: a separate parser, since chrono keeps one match per position. */
export const bareYearParser: Parser = {
  pattern: () => BARE,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const yearAt = (match.index ?? 0) + match[0].indexOf(match[1]);
    if (NOT_AFTER_LABEL.test(context.text.slice(Math.max(0, yearAt - 20), yearAt))) return null;
    return yearResult(context, match);
  },
};

function yearResult(context: ParsingContext, match: RegExpMatchArray) {
  const whole = match[0];
  const index = match.index ?? 0;
  const yearEnd = index + whole.indexOf(match[1]) + 4;
  // "the 2024 election", "the 2010 NASA act" are years; "the 2000 who marched" is a count: after "the", a
  // word must follow ("the 2000 Americans": the non-date refiner drops a year before a plural).
  if (/^the\s/i.test(whole) && !match[2] && !/^\s+\p{L}|^'s\b/u.test(context.text.slice(yearEnd))) return null;
  const result = context.createParsingResult(index, whole, { year: Number(match[1]) }, match[2] ? { year: Number(match[2]) } : undefined);
  return result.addTag(YEAR_EXTRACTOR);
}
