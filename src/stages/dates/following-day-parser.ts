// Chrono parser for anaphoric "the following/next/previous/preceding day|morning|night|week|month|year",
// which chrono reads only partly ("next day") or not at all. The result is relative to the reference;
// the anaphoric resolver re-anchors it to the day being discussed.
import type { Parser, ParsingContext } from 'chrono-node';
import { ParsingComponents } from './chrono-en.js';

export const FOLLOWING_EXTRACTOR = 'dates.following-day.v1';

const PATTERN = /\bthe\s+(following|next|previous|preceding|prior)\s+(day|morning|afternoon|evening|night|week|month|year)\b/i;

export const followingDayParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const sign = /^(?:following|next)$/i.test(match[1]) ? 1 : -1;
    const word = match[2].toLowerCase();
    const unit = word === 'week' || word === 'month' || word === 'year' ? word : 'day';
    return ParsingComponents.createRelativeFromReference(context.reference, { [unit]: sign }).addTag(FOLLOWING_EXTRACTOR);
  },
};
