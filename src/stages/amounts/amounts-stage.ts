// Amounts stage: numbers with units and counted objects ("$1.5 billion", "10km", "three people",
// "100 per cent", "tens of thousands of people"). One pass over the tokens: at each token where a
// number may start, the reader reads the number, then the extractors below are asked in order and
// the first that does not pass proposes the amount; the scan resumes after it. Refiners then
// filter, qualify and de-overlap the candidates, and ids are given in text order.
// Conventions: money is in ISO 4217 codes ("$" is USD unless "A$", "HK$", "Canadian dollars"...);
// "percent" for per cent and %; "people" for counted persons, "count" for other counts; ranges and
// vague counts carry min/max and take their lower bound as value ("dozens" = 24, min 24, max 99;
// "tens of thousands" = 20,000..99,999), with qualifier "approximate" unless the text says more
// ("more than dozens"); `approximate: true` marks a number that is itself vague or hedged ("several
// thousand", "about 40"), whatever its qualifier, and never a range whose ends are both written;
// "m" after a number is million unless the text shows metres.
import type { Doc } from '../../core/document.js';
import type { Amount } from '../../core/records/amount.js';
import type { Stage } from '../../core/stage.js';
import { getAmountLexicon } from './amount-lexicon.js';
import { ageExtractor } from './age-extractor.js';
import { countExtractor } from './count-extractor.js';
import { measureExtractor } from './measure-extractor.js';
import { moneyExtractor } from './money-extractor.js';
import { nonAmountRefiner } from './non-amount-refiner.js';
import { mayStartNumber, readNumber } from './number-reader.js';
import { overlapRefiner } from './overlap-refiner.js';
import { percentExtractor } from './percent-extractor.js';
import { qualifierRefiner } from './qualifier-refiner.js';
import { rangeRefiner } from './range-refiner.js';
import type { AmountCandidate, AmountExtractor, AmountRefiner, ScanContext } from './scan-context.js';

// Order: money first, because "pounds" is a currency before it is a weight and "£3m" must not become
// a count; percent next; age before measure, so "45-year-old" is read whole rather than as "45-year";
// measure after, whose units are specific words; count last, as the fallback that accepts any
// number, with or without a counted noun.
const EXTRACTORS: readonly AmountExtractor[] = [moneyExtractor, percentExtractor, ageExtractor, measureExtractor, countExtractor];

// Order: the non-amount filter first (years, dates, times, phone numbers and identifiers must neither
// join ranges nor take qualifiers); ranges next, which join neighbours only while they are still
// adjacent in tokens (a qualifier would widen the second one: "$5 to about $10" is not a range);
// then qualifiers, which widen spans but never into a neighbour; last the overlap refiner, which
// also sorts and drops any span that does not slice the input cleanly.
const REFINERS: readonly AmountRefiner[] = [nonAmountRefiner, rangeRefiner, qualifierRefiner, overlapRefiner];

export const amountsStage: Stage = {
  name: 'amounts',
  requires: ['tokens', 'sentences'],
  assigns: ['amounts'],
  run(doc: Doc) {
    const ctx: ScanContext = { text: doc.text, tokens: doc.tokens, lex: getAmountLexicon() };
    let candidates = scan(ctx);
    for (const refine of REFINERS) candidates = refine(ctx, candidates);
    doc.amounts = candidates.map(toAmount);
  },
};

function scan(ctx: ScanContext): AmountCandidate[] {
  const out: AmountCandidate[] = [];
  const n = ctx.tokens.length;
  for (let i = 0; i < n; i++) {
    if (!mayStartNumber(ctx, i)) continue;
    const phrase = readNumber(ctx, i);
    if (!phrase) continue;
    let found: AmountCandidate | null = null;
    for (const extract of EXTRACTORS) {
      found = extract(ctx, phrase);
      if (found) break;
    }
    if (!found) continue;
    out.push(found);
    i = found.endTok - 1;
  }
  return out;
}

function toAmount(c: AmountCandidate, index: number): Amount {
  return {
    kind: 'amount',
    id: `a${index + 1}`,
    start: c.start,
    end: c.end,
    value: c.value,
    unit: c.unit,
    object: c.object,
    qualifier: c.qualifier,
    min: c.min,
    max: c.max,
    approximate: c.approximate,
    extractor: c.extractor,
  };
}
