// The channel of an attribution, when the text names it right after the cue (or its object):
// "in televised comments", "in an interview on Fox News Radio", "on X", "to social media",
// "in a statement". Time phrases between ("on Thursday") are skipped.
import type { Span } from '../../core/span.js';
import type { AttributionContext } from './attribution-context.js';
import { TEMPORAL } from './phrases.js';

export interface Channel {
  span: Span;
  /** First token after the channel phrase (and any time phrases after it). */
  next: number;
}

const CHANNEL_PREPS = new Set(['in', 'on', 'to', 'during', 'via', 'through', 'at', 'with']);

export function channelAfter(ctx: AttributionContext, j: number, end: number): Channel | null {
  const tokens = ctx.tokens;
  let k = skipTime(ctx, j, end);
  if (k >= end || !CHANNEL_PREPS.has(tokens[k].lower)) return null;
  const first = k;
  let last = -1;
  // Read "prep NP (prep NP)*" while the phrase names a channel.
  while (k < end && CHANNEL_PREPS.has(tokens[k].lower)) {
    let m = k + 1;
    let named = false;
    while (m < end && !CHANNEL_PREPS.has(tokens[m].lower) && tokens[m].pos !== 'PUNCT' && (tokens[m].pos !== 'VERB' || /ed$/.test(tokens[m].lower)) && tokens[m].lower !== 'that' && m - k < 7) {
      if (ctx.cues.channelWords.has(tokens[m].lower.replace(/\.$/, ''))) named = true;
      if (TEMPORAL.has(tokens[m].lower) && tokens[m].pos !== 'NOUN') break;
      m++;
    }
    if (m === k + 1) break;
    const isNamedOutlet = last >= 0 && tokens.slice(k + 1, m).every((t) => /^\p{Lu}/u.test(t.norm));
    if (!named && !isNamedOutlet) break;
    last = m;
    k = skipTime(ctx, m, end);
    if (k !== m) break;
  }
  if (last < 0) return null;
  return { span: { start: tokens[first].start, end: tokens[last - 1].end }, next: skipTime(ctx, last, end) };
}

function skipTime(ctx: AttributionContext, j: number, end: number): number {
  const tokens = ctx.tokens;
  let k = j;
  while (k < end) {
    const t = tokens[k];
    if ((t.lower === 'on' || t.lower === 'in' || t.lower === 'at' || t.lower === 'last' || t.lower === 'this' || t.lower === 'earlier' || t.lower === 'late') && tokens[k + 1] && TEMPORAL.has(tokens[k + 1].lower) && tokens[k + 1].lower !== 'on') { k += 2; continue; }
    if (TEMPORAL.has(t.lower) && t.pos === 'PROPN') { k++; continue; }
    if (t.pos === 'ADV' && TEMPORAL.has(t.lower)) { k++; continue; }
    break;
  }
  return k;
}
