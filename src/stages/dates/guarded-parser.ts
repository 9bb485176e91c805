// Wraps a chrono parser so that it runs only on text holding the words it needs. Chrono's "N units ago"
// and "N units later" parsers cost three quarters of all its parsing time on news text (their patterns
// can start at every non-word character); two cheap tests, for "ago"/"later" and for a time unit,
// spare most of it.
import type { Parser, ParsingContext } from 'chrono-node';

/** Never matches, and fails at once: anchored at the start. */
const NEVER = /^(?!)/;
const UNIT = /\b(?:sec(?:ond)?s?|min(?:ute)?s?|hrs?|hours?|days?|weeks?|months?|mos?|yrs?|years?|qtrs?|quarters?|\d+\s*[smhdwy])\b/i;

export function guarded(parser: Parser, keyword: RegExp): Parser {
  return {
    pattern: (context: ParsingContext) => (keyword.test(context.text) && UNIT.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context: ParsingContext, match: RegExpMatchArray) => parser.extract(context, match),
  };
}

/** The keyword each of chrono's English parsers needs, by class name; a parser not named here runs unguarded. */
export const PARSER_KEYWORDS: Record<string, RegExp> = {
  ENTimeUnitAgoFormatParser: /\b(?:ago|before|earlier)\b/i,
  ENTimeUnitLaterFormatParser: /\b(?:later|after|from\s+now|henceforth|forward|out)\b/i,
};
