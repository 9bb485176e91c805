// Measures and durations: a unit after the number, written against it, spaced or hyphenated:
// "10km", "10 km", "a 10-km stretch", "5,000 tonnes (of grain)", "5 sq km", "20 km²", "100 km/h",
// "30°C", "4m barrels a day", "3m high", "three years", "a five-day visit" (ages: age-extractor.ts).
// "One day" / "one time" open idioms ("One day, he...") and count only after a duration word
// ("for one day").
import { countedObjectAt } from './counted-object.js';
import { candidate, inSentence, lowerAt, matchPhrase, skipJoiningHyphen, touchesPrevious, type AmountExtractor } from './scan-context.js';

export const MEASURE_EXTRACTOR = 'amounts.measure.v1';

const DURATION_CONTEXT = new Set(['for', 'in', 'within', 'over', 'after', 'than', 'only', 'just', 'least', 'about', 'nearly', 'almost', 'around', 'last', 'past', 'next', 'every']);

export const measureExtractor: AmountExtractor = (ctx, phrase) => {
  const k = skipJoiningHyphen(ctx, phrase.endTok);
  if (!inSentence(ctx, phrase.firstTok, k)) return null;
  const m = matchPhrase(ctx, k, ctx.lex.units, 3);
  if (!m) return null;
  if (ctx.lex.gluedOnlyUnits.has(m.key) && !touchesPrevious(ctx, k)) return null;
  // A capitalised one- or two-letter word after a space is a name or initial ("5 M"), not a unit.
  if (/^\p{Lu}\p{Ll}?$/u.test(ctx.tokens[k].norm) && !touchesPrevious(ctx, k)) return null;
  if (ctx.lex.timeUnits.has(m.value) && lowerAt(ctx, phrase.firstTok) === 'one' && phrase.endTok === phrase.firstTok + 1
      && !DURATION_CONTEXT.has(lowerAt(ctx, phrase.firstTok - 1))) return null;
  const endTok = m.endTok;
  const end = m.end;
  // "5,000 tonnes of grain": what was measured.
  let object: string | null = null;
  if (lowerAt(ctx, endTok) === 'of' && !ctx.lex.timeUnits.has(m.value)) {
    object = countedObjectAt(ctx, endTok + 1, phrase.firstTok, false)?.text ?? null;
  }
  return candidate(phrase, { endTok, end, unit: m.value, object, extractor: MEASURE_EXTRACTOR });
};
