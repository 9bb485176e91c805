// Quote stage: cue-driven attributions (direct, mixed, reported), then layout-marked ones ("NAME:",
// "“...” — NAME"), then uncued quoted passages. Ordering: each extractor marks the quoted regions it
// uses as content, and the uncued extractor only sees what is left. Speakers are linked by the coref stage.
import type { Doc } from '../../core/document.js';
import type { Stage } from '../../core/stage.js';
import { SyntaxView } from '../syntax/syntax-queries.js';
import { buildContext, type AttributionContext } from './attribution-context.js';
import { attributionScore } from './attribution-filter.js';
import { extractCuedAttributions, hasQuotation, type Attribution } from './cued-attribution-extractor.js';
import { extractSpeakerLabels } from './speaker-label-extractor.js';
import { extractUncuedQuotes } from './uncued-quote-extractor.js';

/**
 * Whether an attribution reports a thought, wish, intention or stance rather than words said or
 * written. A cognition verb ("believes that", "hopes that") always does unless it introduces a
 * quotation; a cue found only by the learned model or by a clause after it ("wants", "agrees",
 * "endorsed") does unless its verb is a speech act or its content holds a quotation. PolNeAR counts
 * both kinds as attributions; a reader asking "who said what" wants the statements.
 */
function isAttitude(ctx: AttributionContext, a: Attribution): boolean {
  const q = a.quote;
  if (!q.cue || q.direct || hasQuotation(ctx, q.content)) return false;
  const lemma = ctx.tokens[a.cueToken].lemma;
  if (ctx.cues.belief.has(lemma)) return true;
  if (a.kind !== 'learned' && a.kind !== 'weak') return false;
  return !ctx.cues.strong.has(lemma) && !ctx.cues.speechActs.has(lemma);
}

export const quotesStage: Stage = {
  name: 'quotes.rules',
  requires: ['tokens', 'sentences', 'syntax', 'entities'],
  assigns: ['quotes'],
  run(doc: Doc) {
    const ctx = buildContext(doc);
    const attributions = extractCuedAttributions(ctx);
    for (const a of attributions) a.quote.belief = isAttitude(ctx, a);
    // The stage requires syntax, so the context holds the parse's view.
    const view = ctx.view ?? new SyntaxView(doc);
    // The learned filter drops proposals that do not read as attributions ("the club maintains two small fields").
    const kept = attributions.filter((a) => attributionScore(ctx, view, a) >= 0);
    const cued = kept.map((a) => a.quote);
    const labelled = extractSpeakerLabels(ctx).map((a) => a.quote);
    const uncued = extractUncuedQuotes(ctx);
    const quotes = [...cued, ...labelled, ...uncued].sort((a, b) => a.content[0].start - b.content[0].start);
    quotes.forEach((q, i) => { q.id = `q${i + 1}`; });
    doc.quotes = quotes;
  },
};
