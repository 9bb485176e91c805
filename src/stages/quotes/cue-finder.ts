// Decides whether a token is an attribution cue: a speech or belief verb outside quoted text
// ("said", "told", "believes that"), or "according to".
import type { AttributionContext } from './attribution-context.js';
import { cueScore } from './cue-model.js';

export type CueKind = 'strong' | 'weak' | 'according' | 'learned';

const CLAUSE_SUBJECT = /^(?:he|she|they|i|we|it|there|this|the|a|an|his|her|their|its|our|no|some|most|many|all)$/;

export function cueAt(ctx: AttributionContext, i: number): CueKind | null {
  const t = ctx.tokens[i];
  if (ctx.inQuote[i] >= 0) return null;
  if (t.lower === 'according' && ctx.tokens[i + 1]?.lower === 'to') return 'according';
  if (t.pos !== 'VERB') return null;
  if (ctx.cues.strong.has(t.lemma)) {
    // "say" as a noun-ish use or infinitive after a modal is still a cue; "tell" needs no check.
    return 'strong';
  }
  if (ctx.cues.weak.has(t.lemma) && clauseFollows(ctx, i + 1)) return 'weak';
  // Verbs outside the lexicon that the classifier trained on PolNeAR reads as cues in this context.
  if (cueScore(ctx, i) > 0) return 'learned';
  // A verb whose object carries a quotation: "called his supporters “deplorables”", "chanting “...”".
  if (quotationInObject(ctx, i)) return 'learned';
  return null;
}

// Verbs that name or characterise with someone else's words.
const NAMING = new Set(['call', 'label', 'describe', 'dub', 'brand', 'term', 'blast', 'rip', 'slam', 'hail', 'praise', 'deride', 'denounce', 'decry', 'chant', 'characterize', 'characterise', 'refer', 'nickname', 'mock', 'ridicule']);

function quotationInObject(ctx: AttributionContext, i: number): boolean {
  const tokens = ctx.tokens;
  if (!NAMING.has(tokens[i].lemma)) return false;
  const sentence = tokens[i].sentence;
  for (let k = i + 1; k < Math.min(tokens.length, i + 8); k++) {
    const t = tokens[k];
    if (t.sentence !== sentence || t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'that' || t.norm === ',' || t.norm === '.') return false;
    if (ctx.opensRegion[k] >= 0) return true;
  }
  return false;
}

/** A finite clause or "that"-clause starts at or just after token j. */
export function clauseFollows(ctx: AttributionContext, j: number): boolean {
  const tokens = ctx.tokens;
  const first = tokens[j];
  if (!first || first.sentence !== tokens[j - 1]?.sentence) return false;
  if (first.lower === 'that' || first.lower === ':') return true;
  if (ctx.opensRegion[j] >= 0) return true;
  if (!(CLAUSE_SUBJECT.test(first.lower) || first.pos === 'PROPN')) return false;
  for (let k = j + 1; k < Math.min(tokens.length, j + 6); k++) {
    if (tokens[k].sentence !== first.sentence) return false;
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return true;
    if (tokens[k].pos === 'PUNCT') return false;
  }
  return false;
}
