// Money: a currency before the number ("$1.5 billion", "€20m", "£3bn", "US$5bn", "HK$10", "A$300m",
// "Rs 500 crore", "USD 5 million") or a currency word or code after it ("500 million euros",
// "2.5bn roubles", "300,000 hryvnias", "5 million US dollars", "300 Australian dollars", "5m USD",
// "billions of dollars"). "$" is USD unless its prefix ("A$", "HK$") or a qualifier ("Canadian
// dollars") names another dollar. "pounds of" is a weight, left to the measure extractor.
import { candidate, inSentence, lowerAt, touchesPrevious, type AmountExtractor, type ScanContext, type NumberPhrase } from './scan-context.js';

export const MONEY_EXTRACTOR = 'amounts.money.v1';

interface Currency {
  code: string;
  /** First token of a prefix, or the token after a suffix. */
  tok: number;
  /** Character offset: start of a prefix, or end of a suffix. */
  at: number;
}

export const moneyExtractor: AmountExtractor = (ctx, phrase) => {
  const before = currencyBefore(ctx, phrase.firstTok);
  const after = currencyAfter(ctx, phrase);
  if (!before && !after) return null;
  // A word after the number names the currency when it is more than the default ("Australian
  // dollars", "euros"); a bare "dollars" defers to a prefix that names the dollar ("A$300 dollars").
  const code = after && (after.code !== 'USD' || !before) ? after.code : (before as Currency).code;
  return candidate(phrase, {
    firstTok: before?.tok,
    start: before?.at,
    endTok: after?.tok ?? phrase.endTok,
    end: after?.at ?? phrase.end,
    unit: code,
    object: null,
    extractor: MONEY_EXTRACTOR,
  });
};

function currencyBefore(ctx: ScanContext, first: number): Currency | null {
  const k = first - 1;
  if (!inSentence(ctx, first, k)) return null;
  const t = ctx.tokens[k];
  if (t.lower === '$' && touchesPrevious(ctx, k)) {
    const code = ctx.lex.dollarPrefixWords.get(lowerAt(ctx, k - 1));
    if (code && /^\p{Lu}/u.test(ctx.tokens[k - 1].norm)) return { code, tok: k - 1, at: ctx.tokens[k - 1].start };
  }
  const code = ctx.lex.currencyPrefixes.get(t.lower) ?? ctx.lex.isoCodes.get(t.norm);
  if (!code) return null;
  // Word prefixes ("Rs", "USD") are capitalised; symbols have no case.
  if (/^[a-z]/i.test(t.norm) && !/^\p{Lu}/u.test(t.norm)) return null;
  return { code, tok: k, at: t.start };
}

function currencyAfter(ctx: ScanContext, phrase: NumberPhrase): Currency | null {
  let k = phrase.endTok;
  if (phrase.vague && lowerAt(ctx, k) === 'of') k++; // "billions of dollars"
  if (!inSentence(ctx, phrase.firstTok, k)) return null;
  const iso = ctx.lex.isoCodes.get(ctx.tokens[k].norm);
  if (iso) return { code: iso, tok: k + 1, at: ctx.tokens[k].end };
  // The currency word may follow one or two qualifier words: "US dollars", "Hong Kong dollars".
  for (let q = 0; q <= 2; q++) {
    const w = k + q;
    if (!inSentence(ctx, phrase.firstTok, w)) return null;
    const word = ctx.lex.currencyWords.get(ctx.tokens[w].lower);
    if (!word) continue;
    let code = word.code;
    if (q > 0) {
      const qualifier = ctx.tokens.slice(k, w).map((t) => t.lower).join(' ');
      const qualified = word.qualified.get(qualifier);
      if (!qualified) return null; // "500 Russian troops' dollars": not a currency phrase
      code = qualified;
    }
    const lw = ctx.tokens[w].lower;
    if ((lw === 'pound' || lw === 'pounds') && lowerAt(ctx, w + 1) === 'of') return null; // weight
    let end = w + 1;
    if (lw === 'pounds' && lowerAt(ctx, end) === 'sterling') end++;
    return { code, tok: end, at: ctx.tokens[end - 1].end };
  }
  return null;
}
