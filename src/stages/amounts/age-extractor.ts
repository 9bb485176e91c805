// Ages, in years: "a 45-year-old man", "45-year-old", "aged 45", and a number set off by commas
// after a name ("Mr King, 82, told me"; "Crutcher, 40 ―").
import { candidate, inSentence, isCapitalised, lowerAt, skipJoiningHyphen, type AmountExtractor, type NumberPhrase, type ScanContext } from './scan-context.js';

export const AGE_EXTRACTOR = 'amounts.age.v1';

const CLOSERS = new Set([',', '―', '—', '–', ';', ')']);
const MAX_AGE = 125;

export const ageExtractor: AmountExtractor = (ctx, phrase) => {
  if (phrase.scaled || phrase.vague || !Number.isInteger(phrase.value) || (phrase.max ?? phrase.value) > MAX_AGE) return null;
  const yearOld = yearOldEnd(ctx, phrase);
  if (yearOld > 0) {
    return candidate(phrase, { endTok: yearOld, end: ctx.tokens[yearOld - 1].end, unit: 'year', object: null, extractor: AGE_EXTRACTOR });
  }
  if (lowerAt(ctx, phrase.firstTok - 1) === 'aged' || isApposedAge(ctx, phrase)) {
    return candidate(phrase, { endTok: phrase.endTok, end: phrase.end, unit: 'year', object: null, extractor: AGE_EXTRACTOR });
  }
  return null;
};

/** Token index after "-year-old" / "-years-old" / " years old", or -1. */
function yearOldEnd(ctx: ScanContext, phrase: NumberPhrase): number {
  const k = skipJoiningHyphen(ctx, phrase.endTok);
  const unit = lowerAt(ctx, k);
  if (unit !== 'year' && unit !== 'years') return -1;
  const old = skipJoiningHyphen(ctx, k + 1);
  return lowerAt(ctx, old) === 'old' && inSentence(ctx, phrase.firstTok, old) ? old + 1 : -1;
}

/** "Schiff, 56, who...": a bare number between a comma after a name and a comma or dash. */
function isApposedAge(ctx: ScanContext, phrase: NumberPhrase): boolean {
  if (!phrase.digits || phrase.range) return false;
  const comma = phrase.firstTok - 1;
  const name = comma - 1;
  if (lowerAt(ctx, comma) !== ',' || !inSentence(ctx, phrase.firstTok, name)) return false;
  const t = ctx.tokens[name];
  if (!isCapitalised(t) || t.pos !== 'PROPN' || ctx.lex.months.has(t.lower)) return false;
  return inSentence(ctx, phrase.firstTok, phrase.endTok) && CLOSERS.has(lowerAt(ctx, phrase.endTok));
}
