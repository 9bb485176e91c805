// Keeps amounts in text order without overlaps (the earlier, then the longer, wins) and drops any
// span that would not slice the input cleanly: empty, past the text, or inside a surrogate pair.
import type { AmountRefiner } from './scan-context.js';

const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

export const overlapRefiner: AmountRefiner = (ctx, candidates) => {
  const text = ctx.text;
  const splits = (b: number) => b > 0 && b < text.length && isHigh(text.charCodeAt(b - 1)) && isLow(text.charCodeAt(b));
  const sorted = candidates
    .filter((c) => c.start >= 0 && c.start < c.end && c.end <= text.length && !splits(c.start) && !splits(c.end))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  let lastEnd = -1;
  for (const c of sorted) {
    if (c.start < lastEnd) continue;
    kept.push(c);
    lastEnd = c.end;
  }
  return kept;
};
