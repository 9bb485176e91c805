// Percentages: "40%", "40 %", "100 per cent", "forty percent", "40pc", "3 pct", and the points of
// a percentage ("0.5 percentage points" -> unit "pp", "25 basis points" -> "bp").
import { candidate, inSentence, matchPhrase, type AmountExtractor } from './scan-context.js';

export const PERCENT_EXTRACTOR = 'amounts.percent.v1';

export const percentExtractor: AmountExtractor = (ctx, phrase) => {
  if (!inSentence(ctx, phrase.firstTok, phrase.endTok)) return null;
  const m = matchPhrase(ctx, phrase.endTok, ctx.lex.percent, 2);
  if (!m) return null;
  return candidate(phrase, { endTok: m.endTok, end: m.end, unit: m.value, object: null, extractor: PERCENT_EXTRACTOR });
};
