// Where an attribution's content starts and ends, in tokens: a quotation (and its continuations over
// paragraphs), a reported clause to the sentence end, the words before a cue ("A, he said"), and the
// rest of a clause a cue interrupts ("A, he said, B"). Used by the cue extractor
// (cued-attribution-extractor.ts), which decides where the cue and the source are.
import type { Span } from '../../core/span.js';
import { lowerBound } from '../../core/sorted.js';
import type { Token } from '../../core/records/token.js';
import type { AttributionContext } from './attribution-context.js';
import { TEMPORAL } from './phrases.js';

export const END_PUNCT = new Set(['.', '!', '?', '...', '…']);

// Longer than any real sentence (the longest of PolNeAR train and dev: 222 tokens).
const MAX_CONTENT_TOKENS = 300;

export function tokSpan(tokens: Token[], first: number, endExclusive: number): Span {
  return { start: tokens[first].start, end: tokens[endExclusive - 1].end };
}

/** Sentence end without its final punctuation (and closing marks after it). */
export function contentEnd(ctx: AttributionContext, from: number, sentenceEnd: number): number {
  let e = sentenceEnd;
  while (e > from && (END_PUNCT.has(ctx.tokens[e - 1].norm) || ctx.closesRegion[e - 1] >= 0 && e - 1 > from && END_PUNCT.has(ctx.tokens[e - 2].norm))) e--;
  return e;
}

/** If a quote region opens at token j (or j is its opening mark's second character), its index. */
export function regionOpeningAt(ctx: AttributionContext, j: number): number {
  if (j >= ctx.tokens.length) return -1;
  if (ctx.opensRegion[j] >= 0) return ctx.opensRegion[j];
  return -1;
}

export function regionSpan(ctx: AttributionContext, r: number): Span {
  const q = ctx.regions[r];
  return { start: q.open, end: q.close };
}

/** The region and its continuations over following paragraphs. */
export function regionChain(ctx: AttributionContext, r: number): number[] {
  const chain = [r];
  for (let k = r + 1; k < ctx.regions.length; k++) {
    if (ctx.regions[k].continues === chain[chain.length - 1]) chain.push(k);
    else if (ctx.regions[k].open > ctx.regions[chain[chain.length - 1]].close + 2000) break;
  }
  return chain;
}

export function firstTokenAtOrAfter(tokens: Token[], offset: number, from: number): number {
  return Math.max(from, lowerBound(tokens, offset, (t) => t.start));
}

/** After the cue and its adverbials, the sentence goes on with content (not just a full stop). */
export function continuesWithContent(ctx: AttributionContext, j: number, end: number): boolean {
  const t = ctx.tokens[j];
  if (!t || j >= end) return false;
  if (endsSentence(ctx, j)) return false;
  if (END_PUNCT.has(t.norm)) return false;
  if (t.norm === ',') return false; // middle cue or trailing participle: handled as content before
  return true;
}

export function skipAdverbials(ctx: AttributionContext, j: number, end: number): number {
  const tokens = ctx.tokens;
  let k = j;
  while (k < end) {
    const t = tokens[k];
    if (t.pos === 'ADV' && t.lower !== 'how' && t.lower !== 'why' && t.lower !== 'when' || TEMPORAL.has(t.lower) && t.lower !== 'that' || t.pos === 'PROPN' && TEMPORAL.has(t.lower)) { k++; continue; }
    // "on Thursday", "last week", "in September"
    if ((t.lower === 'on' || t.lower === 'in' || t.lower === 'at') && tokens[k + 1] && TEMPORAL.has(tokens[k + 1].lower)) {
      k += 2;
      // "in October 2018", "on March 3"
      if (k < end && tokens[k].pos === 'NUM') k++;
      continue;
    }
    break;
  }
  return k;
}

/**
 * "Many of the prisons, she said, are ageing": the words before the cue are a noun phrase with no
 * verb of its own, so the clause goes on after the cue.
 */
export function bareSubject(ctx: AttributionContext, start: number, stop: number): boolean {
  const upos = ctx.doc.syntax?.upos;
  if (!upos || stop - start < 1 || ctx.closesRegion[stop] >= 0 || ctx.closesRegion[stop - 1] >= 0) return false;
  for (let k = start; k < stop; k++) if (upos[k] === 'VERB' || upos[k] === 'AUX' || ctx.inQuote[k] >= 0) return false;
  return true;
}

/** "A, he said, B": the fragment after the cue, when the sentence resumes after a comma. */
export function middleTail(ctx: AttributionContext, j: number, end: number, quotationOnly = false, verbMayOpen = false): Span | null {
  const tokens = ctx.tokens;
  if (tokens[j]?.norm !== ',' || j + 1 >= end) return null;
  let k = j + 1;
  if (/ing$/.test(tokens[k].lower) && tokens[k].pos === 'VERB') return null; // ", adding that": its own cue
  const r = regionOpeningAt(ctx, k);
  if (r >= 0) {
    ctx.consumed.add(r);
    return regionSpan(ctx, r);
  }
  if (quotationOnly || tokens[k].lower === 'and' || tokens[k].lower === 'but') return null;
  const e = contentEnd(ctx, k, end);
  if (e - k < 3) return null;
  // Only when the cue interrupts a clause that goes on: the tail must not open with a verb.
  if (!verbMayOpen && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX')) return null;
  k = Math.min(k, e);
  return tokSpan(tokens, k, e);
}

/** Content that ends at token `stop` (a comma or closing quote mark). */
export function contentBefore(ctx: AttributionContext, start: number, stop: number): Span[] | null {
  const tokens = ctx.tokens;
  // A quoted region that closes right there: “...,” or “...”,
  let closeTok = stop;
  if (ctx.closesRegion[closeTok] < 0 && tokens[closeTok]?.norm === ',' && ctx.closesRegion[closeTok - 1] >= 0) closeTok--;
  let r = ctx.closesRegion[closeTok];
  if (r < 0 && closeTok > 0 && ctx.inQuote[closeTok] >= 0 && tokens[closeTok].norm === ',') r = ctx.inQuote[closeTok];
  if (r >= 0) {
    const q = ctx.regions[r];
    // Mixed: the region opens inside this clause after other words; take the whole clause.
    const openTok = firstTokenAtOrAfter(tokens, q.open, 0);
    if (openTok > start && tokens[openTok - 1] && tokens[start].start < q.open) {
      ctx.consumed.add(r);
      return [{ start: tokens[start].start, end: q.close }];
    }
    // A quotation running back over earlier paragraphs is one quote with several fragments.
    const chain: number[] = [r];
    // `continues` always points to an earlier region, so this walk ends.
    while (ctx.regions[chain[0]].continues >= 0 && ctx.regions[chain[0]].continues < chain[0]) chain.unshift(ctx.regions[chain[0]].continues);
    for (const c of chain) ctx.consumed.add(c);
    return chain.map((c) => regionSpan(ctx, c));
  }
  if (stop - start < 2) return null;
  return [tokSpan(tokens, start, stop)];
}

/** Content that starts at token j: a quoted region, or a reported clause to the sentence end. */
/**
 * A quotation opening after a token that ends with a full stop starts a new sentence even when the
 * segmenter missed it: "... wrote on X. “I have invited ...”" (wink reads "X." as an abbreviation).
 */
export function endsSentence(ctx: AttributionContext, j: number): boolean {
  const prev = ctx.tokens[j - 1];
  return ctx.opensRegion[j] >= 0 && prev !== undefined && /\.$/.test(prev.norm) && prev.norm.length <= 3;
}

export function contentAfter(ctx: AttributionContext, j: number, end: number): Span[] | null {
  const tokens = ctx.tokens;
  if (j >= tokens.length) return null;
  if (endsSentence(ctx, j)) return null;
  const r = regionOpeningAt(ctx, j);
  if (r >= 0) {
    const chain = regionChain(ctx, r);
    for (const c of chain) ctx.consumed.add(c);
    const q = ctx.regions[r];
    // The region fills the rest of the sentence (or runs past it): a direct quote.
    const tailTok = firstTokenAtOrAfter(tokens, q.close, j);
    if (tailTok >= end || END_PUNCT.has(tokens[tailTok]?.norm ?? '.') || tokens[tailTok].sentence !== tokens[j].sentence) {
      return chain.map((c) => regionSpan(ctx, c));
    }
  }
  if (j >= end || tokens[j].sentence !== tokens[end - 1].sentence) return null;
  if (tokens[j].pos === 'ADP' && tokens[j].lower !== 'that') return null; // "said on Friday." is no content
  // Reported speech runs to the sentence end; a "sentence" of thousands of tokens (text with no
  // punctuation) would make every cue's content, and the checks between contents, quadratic.
  if (end - j > MAX_CONTENT_TOKENS) end = j + MAX_CONTENT_TOKENS;
  let e = contentEnd(ctx, j, end);
  // A quotation opened inside the clause may run past the sentence end: follow it.
  let spanEnd = e > j ? tokens[e - 1].end : tokens[j].end;
  for (let k = j; k < end; k++) {
    const rr = ctx.opensRegion[k] >= 0 ? ctx.opensRegion[k] : -1;
    if (rr >= 0) { ctx.consumed.add(rr); if (ctx.regions[rr].close > spanEnd) spanEnd = ctx.regions[rr].close; }
    if (ctx.inQuote[k] >= 0) ctx.consumed.add(ctx.inQuote[k]);
  }
  if (e - j < 2 && spanEnd <= tokens[j].end) return null;
  if (e <= j) e = j + 1;
  return [{ start: tokens[j].start, end: spanEnd }];
}
