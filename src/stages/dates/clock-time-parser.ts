// Chrono parser for wire-style 24-hour clock times with a zone, which chrono does not read: "1930 GMT",
// "(0600 UTC)", "2300 GMT". Four digits alone are never a time here: the zone must follow.
import type { Parser, ParsingContext } from 'chrono-node';

export const CLOCK_TIME_EXTRACTOR = 'dates.clock-time.v1';

const PATTERN = /\b([01]\d|2[0-3])([0-5]\d)\s*(GMT|UTC)\b/;

export const clockTimeParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    return context
      .createParsingComponents({ hour: Number(match[1]), minute: Number(match[2]), timezoneOffset: 0 })
      .addTag(CLOCK_TIME_EXTRACTOR);
  },
};
