// Wraps chrono's parsers so that each runs only on text holding what it needs: a capitalised month
// name for the month parsers, a written time for the time parser, a unit right before "ago"/"later",
// a full date for the numeric ones. Chrono runs every pattern over every paragraph, and some of its
// patterns can start at every non-word character; a cheap test spares that work (chrono over the
// 6,691 paragraphs of 300 PolNeAR train articles, warm: 145 ms bare, 90 ms guarded, 83 ms when
// paragraphs no guard passes are skipped). A guard passes everything a parser finds that the
// refiners after it keep: forms they drop ("sat", "at 10", "7/10", "march") may go.
import type { Parser, ParsingContext } from 'chrono-node';

/** Never matches, and fails at once: anchored at the start. */
const NEVER = /^(?!)/;
const UNIT = String.raw`(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|mo|qtr|quarter|y(?:ea)?r|decade)s?`;

/** A test of one pattern, remembered for the last text: several parsers ask the same question of a paragraph, and
 * anyGuardPasses asks it before chrono does. */
function memo(pattern: RegExp): (text: string) => boolean {
  let last: string | null = null;
  let answer = false;
  return (text) => {
    if (text !== last) {
      last = text;
      answer = pattern.test(text);
    }
    return answer;
  };
}
const hasMonth = memo(/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)/);

/** What the text must hold for each of chrono's English parsers, by class name; a parser not named here runs unguarded. */
export const PARSER_GUARDS: Record<string, (text: string) => boolean> = {
  ENTimeUnitAgoFormatParser: memo(new RegExp(String.raw`${UNIT}\s{0,5}(?:ago|before|earlier)\b`, 'i')),
  ENTimeUnitLaterFormatParser: memo(new RegExp(String.raw`${UNIT}\s{0,5}(?:later|after|from\s+now|henceforth|forward|out)\b`, 'i')),
  ENTimeUnitCasualRelativeFormatParser: memo(new RegExp(String.raw`\b(?:this|last|past|next|after)\s+(?:\S+\s+){0,3}?${UNIT}\b`, 'i')),
  ENRelativeDateFormatParser: memo(new RegExp(String.raw`\b(?:this|last|past|next|after)\s*(?:this\s*)?${UNIT}\b`, 'i')),
  ENMonthNameLittleEndianParser: hasMonth,
  ENMonthNameMiddleEndianParser: hasMonth,
  ENMonthNameParser: hasMonth,
  ENYearMonthNameParser: hasMonth,
  ENWeekdayParser: memo(/(?:mon|tues|wednes|thurs|fri|satur|sun)day|\bweek(?:end|day)/i),
  ENCasualDateParser: memo(/\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\s*night)\b/i),
  ENCasualTimeParser: memo(/(?:morning|afternoon|evening|night|midday|noon)/i),
  ENEndOfCurrentMonthParser: memo(/\bof\s+(?:the\s+)?month\b/i),
  ENTimeExpressionParser: memo(/\d\s*[ap]\.?\s?m\b|\d\s*[ap]\.m\.|\d[:.]\d\d|o['’]?\s?clock|\d\s*(?:GMT|UTC|[ECMP][SD]?T)\b/i),
  ISOFormatParser: memo(/\d{4}-\d{1,2}-\d{1,2}/),
  ENYearMonthDayParser: memo(/\d{4}[-./\s](?:\d{1,2}|[A-Za-z]{3,9})[-./\s]\d{1,2}/),
  SlashDateFormatParser: memo(/\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/),
  ENSlashMonthFormatParser: memo(/\d\/\d{4}/),
};

export function guarded(parser: Parser, canMatch: (text: string) => boolean): Parser {
  return {
    pattern: (context: ParsingContext) => (canMatch(context.text) ? parser.pattern(context) : NEVER),
    extract: (context: ParsingContext, match: RegExpMatchArray) => parser.extract(context, match),
  };
}

/** True when some guarded parser may match the text. */
export const anyGuardPasses = (text: string): boolean => Object.values(PARSER_GUARDS).some((canMatch) => canMatch(text));
