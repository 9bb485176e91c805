// Where the source of a verb cue starts and ends, from the parse and from the surface: the cue's
// subject in the parse, the words between a quotation and its cue ("“...,” the 14th-seeded Ana Ruiz
// said"), and the noun phrase a clause opens with.
import type { Token } from '../../core/records/token.js';
import type { AttributionContext } from './attribution-context.js';
import { nounPhraseStartingAt } from './phrases.js';

/**
 * The cue's subject in the parse, as a token range [first, end) that ends at token `k` (the last token
 * before the cue's auxiliaries and adverbs) and starts inside the clause; null when the parse has none.
 */
export function parsedSubject(ctx: AttributionContext, i: number, start: number, k: number): [number, number] | null {
  const view = ctx.view;
  if (!view) return null;
  const subj = view.subject(i);
  if (subj < 0 || subj > k) return null;
  const { first, last } = view.subtree(subj);
  if (last !== k || first < start) return null;
  let f = first;
  while (f < last && (ctx.tokens[f].pos === 'PUNCT' || ctx.closesRegion[f] >= 0)) f++;
  return [f, k + 1];
}

/**
 * "..., but General Ana Ruiz, chief of staff, told ...": the cue's subject in the parse when its
 * subtree (with an appositive) ends at the comma before the cue, as the core noun phrase's range.
 */
export function subjectWithAppositive(ctx: AttributionContext, i: number, start: number, k: number): [number, number] | null {
  const view = ctx.view;
  if (!view) return null;
  const subj = view.subject(i);
  if (subj < start || subj >= k || ctx.inQuote[subj] >= 0) return null;
  const { first, last } = view.subtree(subj);
  if (first < start || (last !== k && last !== k - 1)) return null;
  const np = view.nounPhrase(subj);
  return np.last < k ? [Math.min(first, np.first), np.last + 1] : null;
}

const MAX_SOURCE_TOKENS = 20;

/**
 * “QUOTE,” SOURCE CUE: the words between a quotation's close and the cue are the source when they
 * hold the cue's subject and hang together under the cue in the parse (every head inside them or the
 * cue itself): "the 14th-seeded Ana Ruiz said", "Pedro Gil, chief executive of Norte Mining, adds".
 */
export function subjectAfterQuotation(ctx: AttributionContext, i: number, start: number, k: number): [number, number] | null {
  const view = ctx.view;
  if (!view) return null;
  let b = k;
  while (b >= start && b > k - MAX_SOURCE_TOKENS && ctx.closesRegion[b] < 0 && ctx.inQuote[b] < 0) b--;
  if (b < start || ctx.closesRegion[b] < 0) return null;
  let f = b + 1;
  if (ctx.tokens[f]?.norm === ',') f++;
  if (f > k) return null;
  // A subject inside the quotation ("nsubj:outer" of a copula there) is a misparse: look past it.
  const subjects = view.childrenWith(i, ['nsubj', 'csubj']);
  const subj = subjects.find((s) => s >= f && s <= k) ?? -1;
  if (subj < 0) return subjects.some((s) => s > k) ? null : nameWithAppositive(ctx, f, k);
  for (let t = f; t <= k; t++) {
    const h = view.head(t);
    if (h !== i && (h < f || h > k)) return null;
  }
  return [f, ctx.tokens[k].norm === ',' ? k : k + 1];
}

/**
 * When the parse gives the cue no subject at all (a name after a quotation is often hung on the
 * quotation's verb), the words between the quotation and the cue still speak when they read as a
 * name with an optional appositive and no verb: "Steve Clarke, deputy administrator for exploration,".
 */
function nameWithAppositive(ctx: AttributionContext, f: number, k: number): [number, number] | null {
  const tokens = ctx.tokens;
  const upos = ctx.doc.syntax?.upos;
  if (!upos || upos[f] !== 'PROPN') return null;
  const stop = tokens[k].norm === ',' ? k : k + 1;
  const e = nounPhraseStartingAt(tokens, f, stop);
  if (e < 0) return null;
  if (e < stop && !(tokens[e].norm === ',' && tokens[k].norm === ',')) return null;
  for (let t = f; t < stop; t++) {
    if (upos[t] === 'VERB' || upos[t] === 'AUX' || ctx.inQuote[t] >= 0 || isQuoteMarkToken(tokens[t]) || END_MARKS.has(tokens[t].norm)) return null;
  }
  return [f, stop];
}

const END_MARKS = new Set(['.', '!', '?', ';', ':']);

/**
 * "“...,” said Will Tjernlund, a consultant": the cue's subject after it, as the parse reads it, to
 * the end of its core noun phrase; the end (exclusive), or -1. For when the surface phrase misreads
 * a name's first word ("Will" as the modal).
 */
export function subjectAfterCue(ctx: AttributionContext, i: number, end: number): number {
  const view = ctx.view;
  if (!view) return -1;
  const subj = view.subject(i);
  if (subj <= i || subj >= end || view.upos(subj) !== 'PROPN') return -1;
  const np = view.nounPhrase(subj);
  if (np.first !== i + 1 || np.last >= end) return -1;
  return np.last + 1;
}

export function isQuoteMarkToken(t: Token): boolean {
  return /^["“”«»„]$|^''?$/.test(t.norm);
}

/** The sentence subject: the noun phrase the clause opens with, ending before `limit`. */
export function subjectOf(ctx: AttributionContext, start: number, limit: number): [number, number] | null {
  const tokens = ctx.tokens;
  let s = start;
  // An introductory phrase or clause comes before the subject: "In August, ...", "When veterans
  // return, ...", "Having lost, ...", "Maybe this pair ...".
  const t = tokens[s];
  if (t && (t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'ADV' || (t.pos === 'VERB' && /ing$/.test(t.lower)))) {
    let comma = s + 1;
    while (comma < limit && tokens[comma].norm !== ',') comma++;
    if (comma < limit - 1) s = comma + 1;
    else if (t.pos === 'ADV') s++;
    else return null;
  }
  const e = nounPhraseStartingAt(tokens, s, limit);
  return e > s ? [s, e] : null;
}
