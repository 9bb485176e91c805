// Wraps chrono's parsers so that each runs only on text holding the words it needs: a month name for
// the month parsers, a digit for the numeric ones, "ago"/"later" and a time unit for the relative
// ones. Chrono runs every pattern over every paragraph, and its relative patterns can start at every
// non-word character; two cheap tests spare most of that work (chrono's time on PolNeAR dev, warm:
// 90 ms without guards). A guard only ever says "cannot match": what a parser finds is unchanged.
import type { Parser, ParsingContext } from 'chrono-node';

/** Never matches, and fails at once: anchored at the start. */
const NEVER = /^(?!)/;
const UNIT = /\b(?:sec(?:ond)?s?|min(?:ute)?s?|hrs?|hours?|days?|weeks?|months?|mos?|yrs?|years?|qtrs?|quarters?|\d+\s*[smhdwy])\b/i;
const DIGIT = /\d/;
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const both = (keyword: RegExp) => (text: string) => keyword.test(text) && UNIT.test(text);
const has = (keyword: RegExp) => (text: string) => keyword.test(text);

/** What the text must hold for each of chrono's English parsers, by class name; a parser not named here runs unguarded. */
export const PARSER_GUARDS: Record<string, (text: string) => boolean> = {
  ENTimeUnitAgoFormatParser: both(/\b(?:ago|before|earlier)\b/i),
  ENTimeUnitLaterFormatParser: both(/\b(?:later|after|from\s+now|henceforth|forward|out)\b/i),
  ENTimeUnitCasualRelativeFormatParser: both(/\b(?:this|last|past|next|after)\b|[+-]/i),
  ENRelativeDateFormatParser: both(/\b(?:this|last|past|next|after)\b/i),
  ENMonthNameLittleEndianParser: has(MONTH),
  ENMonthNameMiddleEndianParser: has(MONTH),
  ENMonthNameParser: has(MONTH),
  ENYearMonthNameParser: has(MONTH),
  ENWeekdayParser: has(/\b(?:mon|tue|wed|thu|fri|sat|sun|week)/i),
  ENCasualDateParser: has(/\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\s*night)\b/i),
  ENCasualTimeParser: has(/(?:morning|afternoon|evening|night|midday|noon)/i),
  ENEndOfCurrentMonthParser: has(/\bmonth\b/i),
  ENTimeExpressionParser: has(DIGIT),
  ISOFormatParser: has(DIGIT),
  ENYearMonthDayParser: has(DIGIT),
  SlashDateFormatParser: has(DIGIT),
  ENSlashMonthFormatParser: has(DIGIT),
};

export function guarded(parser: Parser, canMatch: (text: string) => boolean): Parser {
  return {
    pattern: (context: ParsingContext) => (canMatch(context.text) ? parser.pattern(context) : NEVER),
    extract: (context: ParsingContext, match: RegExpMatchArray) => parser.extract(context, match),
  };
}
