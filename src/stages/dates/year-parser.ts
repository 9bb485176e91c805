// Chrono parser for a year on its own, which chrono leaves alone: "since 2021", "in 1999", "by 2030",
// "mid-2023", "early 2024", "between 2019 and 2021", "from 2019 to 2021" (a range: two mentions), "the
// 2024 election". A bare four-digit number is a year only after such a cue; counts ("in 2000 homes")
// are dropped later by the non-date refiner, which can see the next word's part of speech.
// Chrono runs a parser's pattern on the text after its previous match, so the cue is matched (not
// looked behind for), and it stays in the result's text because chrono drops results that are digits
// only; the chrono extractor moves the start to the year, and the context-words refiner takes the cue
// back in where it changes the meaning ("since").
import type { Parser, ParsingContext } from 'chrono-node';

export const YEAR_EXTRACTOR = 'dates.year.v1';

const YEAR = String.raw`(1[6-9]\d\d|20\d\d)`;
// "of" only after a part of a year ("the summer of 2019"): "a crowd of 2000" is a count.
const CUE = String.raw`in|since|by|until|till|before|after|from|during|through|throughout|between|around|circa|early|late|year|the|(?:end|start|beginning|middle|spring|summer|autumn|fall|winter|half|quarter|part)\s+of`;
const RANGE = String.raw`\s*(?:-|–|—|\bto\b|\band\b|\bor\b|\bthrough\b|\buntil\b)\s*`;
// Not part of a longer number or a decade ("1970s"), an amount, a range like "2019-20" or a clock
// time ("2030 GMT").
// Nor the first number of a range that does not end in a year ("between 2000 and 3000 people").
const AFTER = String.raw`(?![\w%]|[.,]\d|[-–]\d|\s*(?:per\s?cent|percent|GMT|UTC|hours?\b|hrs\b)|${RANGE}\d)`;
const PATTERN = new RegExp(String.raw`(?:\b(?:${CUE})\s+|\bmid-)${YEAR}(?:${RANGE}${YEAR})?${AFTER}`, 'i');

export const yearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const whole = match[0];
    const index = match.index ?? 0;
    const yearEnd = index + whole.indexOf(match[1]) + 4;
    // "the 2024 election" is a year; "the 2000 who marched" is a count: after "the", a word must follow.
    if (/^the\s/i.test(whole) && !match[2] && !/^\s+[a-z]|^'s\b/.test(context.text.slice(yearEnd))) return null;
    const result = context.createParsingResult(
      index,
      whole,
      { year: Number(match[1]) },
      match[2] ? { year: Number(match[2]) } : undefined,
    );
    return result.addTag(YEAR_EXTRACTOR);
  },
};
