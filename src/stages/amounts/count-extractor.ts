// Counts of persons and things, the fallback after money, percentages and measures:
//   "three people", "two settlements", "three locations in mind", "two missile tests",
//   "dozens of drones", "tens of thousands of people", "20 Palestinians", "1.2m" (bare count),
//   "a city of 20 million" (a population: people), "killing 12" / "12 dead" (casualties: people).
// A bare "one" is a pronoun ("the one who", "one of the"), not an amount, unless it counts a noun;
// a number in a hyphenated compound ("three-way", "two-thirds") is not a count either.
import { countedObjectAt } from './counted-object.js';
import { candidate, inSentence, isCapitalised, lowerAt, skipJoiningHyphen, type AmountExtractor, type NumberPhrase, type ScanContext } from './scan-context.js';

export const COUNT_EXTRACTOR = 'amounts.count.v1';

/** Words between a casualty verb and its count: "killing at least 12", "wounded about 30". */
const BETWEEN_VERB_AND_COUNT = new Set(['at', 'least', 'more', 'than', 'about', 'around', 'nearly', 'almost', 'some', 'over', 'up', 'to', 'another', 'a', 'further', 'roughly', 'an', 'estimated']);

export const countExtractor: AmountExtractor = (ctx, phrase) => {
  // "a three-way summit", "the 27-member bloc", "two-thirds", "one-on-one": a compound word, not a count.
  if (skipJoiningHyphen(ctx, phrase.endTok) !== phrase.endTok) return null;
  if (phrase.firstTok > 1 && skipJoiningHyphen(ctx, phrase.firstTok - 1) === phrase.firstTok) return null;
  let k = phrase.endTok;
  // "dozens of drones", "millions of Ukrainians", "half a million of them" (no object: a bare count).
  if ((phrase.vague || phrase.scaled) && lowerAt(ctx, k) === 'of') k++;
  const plural = phrase.vague || phrase.range || phrase.value !== 1;
  const obj = inSentence(ctx, phrase.firstTok, k) ? countedObjectAt(ctx, k, phrase.firstTok, plural) : null;
  // A unit word the measure extractor declined ("One day, he...") is not a counted object either.
  if (obj && ctx.lex.units.has(ctx.tokens[obj.headTok].lower)) return null;
  if (obj) {
    return candidate(phrase, {
      endTok: obj.headTok + 1,
      end: ctx.tokens[obj.headTok].end,
      unit: obj.people ? 'people' : 'count',
      object: obj.text,
      extractor: COUNT_EXTRACTOR,
    });
  }
  if (isPronounOne(ctx, phrase) || isInName(ctx, phrase)) return null;
  const people = isPopulation(ctx, phrase) || isCasualtyCount(ctx, phrase);
  return candidate(phrase, { endTok: phrase.endTok, end: phrase.end, unit: people ? 'people' : 'count', object: null, extractor: COUNT_EXTRACTOR });
};

/** "one" with nothing counted after it: "the one who", "one of the", "one another". */
function isPronounOne(ctx: ScanContext, phrase: NumberPhrase): boolean {
  return lowerAt(ctx, phrase.firstTok) === 'one' && phrase.endTok === phrase.firstTok + 1;
}

/** A number word inside a name: "Ground Zero", "Zero Hedge", "the Big Three" (capitalised mid-sentence). */
function isInName(ctx: ScanContext, phrase: NumberPhrase): boolean {
  if (phrase.digits) return false;
  const first = ctx.tokens[phrase.firstTok];
  const next = ctx.tokens[phrase.endTok];
  if (next && inSentence(ctx, phrase.firstTok, phrase.endTok) && isCapitalised(next)) return true;
  const prev = ctx.tokens[phrase.firstTok - 1];
  return isCapitalised(first) && prev !== undefined && inSentence(ctx, phrase.firstTok - 1, phrase.firstTok) && /\p{L}/u.test(prev.norm);
}

/** "a city of 20 million", "a population of 1.2m": a large count of a place is its people. */
function isPopulation(ctx: ScanContext, phrase: NumberPhrase): boolean {
  if (!phrase.scaled || phrase.value < 1000 || lowerAt(ctx, phrase.firstTok - 1) !== 'of') return false;
  for (let j = phrase.firstTok - 2; j >= phrase.firstTok - 3 && inSentence(ctx, phrase.firstTok, j); j--) {
    if (ctx.lex.populationNouns.has(ctx.tokens[j].lower)) return true;
  }
  return false;
}

/** "killing 12", "wounded at least 30", "12 dead", "three injured": casualties are people. */
function isCasualtyCount(ctx: ScanContext, phrase: NumberPhrase): boolean {
  if (inSentence(ctx, phrase.firstTok, phrase.endTok) && ctx.lex.casualtyAfter.has(lowerAt(ctx, phrase.endTok))) return true;
  let j = phrase.firstTok - 1;
  for (let skipped = 0; skipped < 3 && BETWEEN_VERB_AND_COUNT.has(lowerAt(ctx, j)); skipped++) j--;
  return inSentence(ctx, phrase.firstTok, j) && ctx.lex.casualtyBefore.has(lowerAt(ctx, j));
}
