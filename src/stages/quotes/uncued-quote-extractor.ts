// Quoted passages that no cue claimed: a paragraph of quotation under an earlier attribution, or a
// quote whose cue we could not parse. They are kept as direct quotes without a source; the coref stage
// gives paragraph-opening ones the speaker of the quote just before them. Very short quoted words
// ("productive", titles) are scare quotes, not quotations.
import { quote, type Quote } from '../../core/records/quote.js';
import type { AttributionContext } from './attribution-context.js';

export const UNCUED_EXTRACTOR = 'quotes.uncued.v1';
const MIN_WORDS = 4;

export function extractUncuedQuotes(ctx: AttributionContext): Quote[] {
  const out: Quote[] = [];
  for (let r = 0; r < ctx.regions.length; r++) {
    if (ctx.consumed.has(r)) continue;
    const q = ctx.regions[r];
    const body = ctx.text.slice(q.contentStart, q.contentEnd);
    const words = body.trim().split(/\s+/);
    if (words.length < MIN_WORDS) continue;
    // Titles of works and shows ('All Bets Are Off.', "The Steve Harvey Morning Show,") are not speech.
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    if (capitalised / words.length > 0.6 && words.length <= 8) continue;
    const chain = [r];
    for (let k = r + 1; k < ctx.regions.length && ctx.regions[k].continues === chain[chain.length - 1]; k++) {
      if (ctx.consumed.has(k)) break;
      chain.push(k);
    }
    for (const c of chain) ctx.consumed.add(c);
    out.push(quote({
      content: chain.map((c) => ({ start: ctx.regions[c].open, end: ctx.regions[c].close })),
      cue: null,
      source: null,
      direct: true,
      extractor: UNCUED_EXTRACTOR,
    }));
  }
  return out;
}
